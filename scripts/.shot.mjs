import { chromium } from '@playwright/test';
const url = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'nl-NL' });
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(url);
await page.waitForTimeout(800);
const steps = process.argv.slice(3);
for (const step of steps) {
  const [kind, ...rest] = step.split(':');
  const arg = rest.join(':');
  if (kind === 'click') await page.getByRole('button', { name: arg }).first().click();
  if (kind === 'text') await page.getByText(arg).first().click();
  if (kind === 'fill') { const [label, value] = arg.split('='); await page.getByLabel(label).first().fill(value); }
  if (kind === 'wait') await page.waitForTimeout(Number(arg));
  if (kind === 'shot') await page.screenshot({ path: arg });
}
await browser.close();
