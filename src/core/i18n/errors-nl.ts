/**
 * Dutch texts of the host errors (`error.<code>`, one per code in src/contract/errors.ts): what happened
 * and what the trainer can do, naming the file. The technical detail goes to the Output panel.
 */
export const errorsNl = {
  'error.file-not-found': 'Het bestand bestaat niet (meer): {file}. Kies het bestand opnieuw; misschien is het verplaatst of hernoemd.',
  'error.folder-not-found': 'De map bestaat niet: {folder}. Kies een bestaande map.',
  'error.is-a-folder': '{file} is een map, geen bestand. Kies een bestand.',
  'error.file-exists': 'Er staat al iets met deze naam: {file}. Kies een andere naam.',
  'error.file-busy': '{file} is in gebruik door een ander programma. Sluit het daar en probeer het opnieuw.',
  'error.name-too-long': 'De naam of het pad is te lang: {file}. Kies een kortere naam of een map hoger in de mappenstructuur.',
  'error.permission-denied': 'Geen schrijf- of leesrechten voor {file}. Sla op in een andere map of vraag toegang aan de beheerder.',
  'error.disk-full': 'De schijf is vol; {file} is niet opgeslagen. Je werk staat nog open: maak ruimte vrij of sla op een andere schijf op.',
  'error.read-only-file-system': 'Op deze schijf kan niet worden geschreven; {file} is niet opgeslagen. Sla op in een andere map.',
  'error.file-too-large': '{file} is te groot om te openen of op te slaan.',
  'error.wrong-extension': '{file} heeft de verkeerde extensie. Een {format}-bestand eindigt op {extension}.',
  'error.not-a-curriculum': 'Dit bestand bevat geen training (alleen kaarten), dus er is geen hand-out van te maken.',
  'error.built-in-card-read-only': 'De kaart "{id}" hoort bij de startbibliotheek en kan niet worden gewijzigd. Maak een kopie om hem te bewerken.',
  'error.store-read-only': '{file} kon niet worden gelezen en wordt daarom niet overschreven; je wijziging is niet bewaard. Herstel of verwijder het bestand en start Draaiboek opnieuw.',
  'error.export-failed': 'Het exporteren is mislukt. Probeer het opnieuw of kies een ander formaat.',
  'error.export-timeout': 'Het exporteren duurde te lang en is gestopt. Probeer het opnieuw, of exporteer één dag tegelijk.',
  'error.export-cancelled': 'Het exporteren is geannuleerd; er is niets opgeslagen.',
  'error.chromium-not-found': 'Voor PDF-export is Chromium nodig, maar dat is niet gevonden. Installeer Chromium of Chrome, of zet het pad bij chromiumPath in het instellingenbestand (settings.json in de gegevensmap). Word, HTML en Markdown werken wel.',
  'error.chromium-not-chromium': '{file} is geen Chromium, Chrome of Edge ({detail}), dus Draaiboek start het niet voor een PDF. Zet het juiste pad bij chromiumPath in het instellingenbestand, of laat het leeg om Chromium automatisch te zoeken. Word, HTML en Markdown werken wel.',
  'error.setting-not-writable': 'De instelling "{id}" wijst een programma of map aan en kan in de browserversie niet vanuit de app worden gewijzigd. Zet hem in het instellingenbestand {file} en start Draaiboek opnieuw.',
  'error.path-not-allowed': 'Draaiboek toont alleen bestanden die je in deze sessie zelf hebt geopend, opgeslagen of geëxporteerd; {file} hoort daar niet bij.',
  'error.team-folder-read-only': 'In de teambibliotheek "{name}" ({file}) kan nu niet worden geschreven: de map is weg, alleen-lezen of gemaakt door een nieuwere Draaiboek. Er is niets gewijzigd.',
  'error.git-failed': 'Git kon dit niet doen in {file}: {detail}. Er is niets verloren; los het op in de map of probeer het opnieuw.',
  'error.git-missing': 'Git is niet geïnstalleerd op deze computer. De teambibliotheek werkt als gedeelde map; ophalen en delen gaat dan via je synchronisatieprogramma.',
  'error.bad-input': 'Draaiboek kreeg onjuiste gegevens en heeft niets gewijzigd. Probeer het opnieuw; gebeurt het vaker, meld het dan.',
  'error.unknown-method': 'Deze versie van Draaiboek kent die opdracht niet. Start Draaiboek opnieuw.',
  'error.unexpected': 'Er ging iets onverwachts mis. Probeer het opnieuw; lukt het niet, meld het dan met de details.',
} as const;
