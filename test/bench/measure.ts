/** Runs `fn` repeatedly after a warm-up and prints its median and 95th percentile, in milliseconds. */
export async function measure(name: string, fn: () => unknown, iterations = 50, warmup = 5): Promise<{ median: number; p95: number; spread: [number, number] }> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (fraction: number) => times[Math.min(times.length - 1, Math.floor(fraction * times.length))]!;
  const result = { median: at(0.5), p95: at(0.95), spread: [times[0]!, times.at(-1)!] as [number, number] };
  console.log(`${name.padEnd(48)} median ${result.median.toFixed(2).padStart(8)} ms   p95 ${result.p95.toFixed(2).padStart(8)} ms   (n=${iterations})`);
  return result;
}
