import { DEMO_CATALOGS } from '../../core/catalog';
import { helpContent } from '../../core/i18n';
import { type Intent, matchIntent, nameAlone, themeWords } from '../../core/intents';

const cases: [string, Intent][] = [
  // As Teams sends text in channels and group chats: the mention, then HTML entities
  ['<at>LIS</at>&nbsp;hva venter på meg?', { kind: 'inbox' }],
  ['<at>LIS</at>&nbsp;hva&nbsp;gjenstår?', { kind: 'whatsLeft' }],
  ['<at>LIS i Teams</at> hva gjenstår for Alex&#160;Wilber?', { kind: 'whatsLeft', name: 'Alex Wilber' }],
  ['<at>LIS</at>&nbsp;hjelp', { kind: 'help' }],
  ['status &amp; fremdrift', { kind: 'unknown' }],
  // As Teams sends a message written with formatting or pasted: HTML
  ['<p>hva gjenstår?</p>', { kind: 'whatsLeft' }],
  ['<div><div>hva venter på meg?</div></div>', { kind: 'inbox' }],
  // A reply that quotes the bot's message: the quote is not what was written
  [
    '<blockquote itemscope="" itemtype="http://schema.skype.com/Reply" itemid="1732612345678">\r\n<strong itemprop="mri" itemid="28:bot">LIS</strong><span itemprop="time" itemid="1732612345678"></span>\r\n<p itemprop="preview">Det forsto jeg ikke helt. Her er det jeg kan:</p>\r\n</blockquote>\r\n<p>hva gjenstår?</p>',
    { kind: 'whatsLeft' },
  ],
  ['<quoted messageId="1732612345678"/> hva venter på meg?', { kind: 'inbox' }],
  ['<p><at>LIS</at>&nbsp;<strong>hva</strong> gjenstår for Alex?</p>', { kind: 'whatsLeft', name: 'Alex' }],
  [
    '<p>signer Alex: <strong>Sutur</strong> av kuttskade i dag, DEL1-076</p>',
    { kind: 'supervisorSign', name: 'Alex', text: 'Sutur av kuttskade i dag, DEL1-076' },
  ],
  [
    'signer Alex: dose 2 &lt; 5 mg &gt; 1, DEL1-076',
    { kind: 'supervisorSign', name: 'Alex', text: 'dose 2 < 5 mg > 1, DEL1-076' },
  ],
  // A leader creates their workplace (unit)
  ['opprett arbeidssted Demo kommune, helse og omsorg', { kind: 'createUnit' }],
  ['Opprett arbeidssted sykehus Medisinsk klinikk', { kind: 'createUnit' }],
  ['create workplace Testby municipality', { kind: 'createUnit' }],
  ['opprett arbeidssted', { kind: 'createUnit' }],
  // What is left, for oneself (bokmål)
  ['hva gjenstår?', { kind: 'whatsLeft' }],
  ['Hva gjenstår', { kind: 'whatsLeft' }],
  ['hva gjenstar', { kind: 'whatsLeft' }],
  ['hva gjennstår?', { kind: 'whatsLeft' }],
  ['hva gjensår', { kind: 'whatsLeft' }],
  ['hva gjenstaar', { kind: 'whatsLeft' }],
  ['<at>LIS</at> hva gjenstår?', { kind: 'whatsLeft' }],
  ['hva mangler jeg?', { kind: 'whatsLeft' }],
  ['hva mangler jeg', { kind: 'whatsLeft' }],
  // Ordinary words are never a name: the question is the asker's own, or about the person named before them.
  // A question about one part of the training keeps that part, and its words are never a name.
  ['hva mangler jeg i allmennmedisin?', { kind: 'whatsLeft', scope: { plan: 'allmennmedisin' } }],
  ['hva gjenstår på sykehus?', { kind: 'whatsLeft', scope: { arena: 'hospital' } }],
  [
    'hva mangler Alex i allmennmedisin?',
    { kind: 'whatsLeft', name: 'Alex', scope: { plan: 'allmennmedisin' } },
  ],
  [
    'hva gjenstår for Alex Wilber på sykehus',
    { kind: 'whatsLeft', name: 'Alex Wilber', scope: { arena: 'hospital' } },
  ],
  ['hva gjenstår i psykiatri for Alex?', { kind: 'whatsLeft', name: 'Alex', scope: { arena: 'psychiatry' } }],
  ['hva gjenstår av FKM?', { kind: 'whatsLeft', scope: { plan: 'fkm' } }],
  ['hva mangler jeg i kommunen', { kind: 'whatsLeft', scope: { arena: 'municipality' } }],
  ['what is left in the hospital?', { kind: 'whatsLeft', scope: { arena: 'hospital' } }],
  ['hva gjenstår av felles kompetansemål', { kind: 'whatsLeft', scope: { plan: 'fkm' } }],
  ['hvor langt har jeg kommet?', { kind: 'whatsLeft' }],
  ['hvor langt er jeg kommet', { kind: 'whatsLeft' }],
  ['status', { kind: 'whatsLeft' }],
  ['Status!', { kind: 'whatsLeft' }],
  ['min status', { kind: 'whatsLeft' }],
  ['hva er status', { kind: 'whatsLeft' }],
  ['fremdrift', { kind: 'whatsLeft' }],
  ['hva er igjen', { kind: 'whatsLeft' }],
  ['hvor mye gjenstår', { kind: 'whatsLeft' }],
  ['hva har jeg igjen?', { kind: 'whatsLeft' }],
  ['hva gjenstår for meg', { kind: 'whatsLeft' }],
  // … and in English
  ['what is left?', { kind: 'whatsLeft' }],
  ["what's left", { kind: 'whatsLeft' }],
  ['whats left?', { kind: 'whatsLeft' }],
  ['What’s left?', { kind: 'whatsLeft' }],
  ['waht is left', { kind: 'whatsLeft' }],
  ['what is lfet', { kind: 'whatsLeft' }],
  ['how far am I?', { kind: 'whatsLeft' }],
  ['how far have I come', { kind: 'whatsLeft' }],
  ['what am I missing?', { kind: 'whatsLeft' }],
  ['what remains', { kind: 'whatsLeft' }],
  ['my progress', { kind: 'whatsLeft' }],
  ['progress', { kind: 'whatsLeft' }],
  // About someone else
  ['hva gjenstår for Alex?', { kind: 'whatsLeft', name: 'Alex' }],
  ['hva gjenstår for alex wilber', { kind: 'whatsLeft', name: 'Alex Wilber' }],
  ['hva mangler Lynne?', { kind: 'whatsLeft', name: 'Lynne' }],
  ['hvor langt har Alex kommet?', { kind: 'whatsLeft', name: 'Alex' }],
  ['status for Lynne', { kind: 'whatsLeft', name: 'Lynne' }],
  ["what's left for Alex", { kind: 'whatsLeft', name: 'Alex' }],
  ['what is left for Alex?', { kind: 'whatsLeft', name: 'Alex' }],
  ['how far is Lynne?', { kind: 'whatsLeft', name: 'Lynne' }],
  ['progress for alex', { kind: 'whatsLeft', name: 'Alex' }],
  // The inbox
  ['hva venter på meg?', { kind: 'inbox' }],
  ['hva venter pa meg', { kind: 'inbox' }],
  ['Hva venter på meg nå?', { kind: 'inbox' }],
  ['hva skal jeg godkjenne', { kind: 'inbox' }],
  ['what needs my approval?', { kind: 'inbox' }],
  ["what's waiting for me?", { kind: 'inbox' }],
  ['inbox', { kind: 'inbox' }],
  // Other commands
  ['hjelp', { kind: 'help' }],
  ['Help!', { kind: 'help' }],
  ['', { kind: 'help' }],
  ['kom i gang', { kind: 'register' }],
  ['get started', { kind: 'register' }],
  // A new workplace or period is a registration edit; so is asking to change it.
  ['endre registreringen', { kind: 'register' }],
  ['jeg har byttet arbeidssted', { kind: 'register' }],
  ['jeg begynner på sykehuset', { kind: 'register' }],
  ['ny arbeidsgiver', { kind: 'register' }],
  ['I changed workplace', { kind: 'register' }],
  // The reminders are buttons on the LIS's own status card; with a goal, that goal's card.
  ['kan du minne Megan på godkjenningen?', { kind: 'whatsLeft' }],
  ['send en påminnelse til Isaiah', { kind: 'whatsLeft' }],
  ['remind Megan about the approval', { kind: 'whatsLeft' }],
  ['minn Megan på DEL1-064', { kind: 'goal', goalId: 'DEL1-064' }],
  ['minn meg på det', { kind: 'unknown' }],
  // Milestones are on the status card (with the button that marks one held); absence as it is said.
  ['når er halvveisevalueringen til Alex?', { kind: 'whatsLeft', name: 'Alex' }],
  ['marker halvveisevaluering for Alex Wilber som gjennomført', { kind: 'whatsLeft', name: 'Alex Wilber' }],
  ['milepæler', { kind: 'whatsLeft' }],
  ['Alex er syk i dag', { kind: 'absence', name: 'Alex', absenceKind: 'sick', today: true }],
  ['Alex er sjuk i dag', { kind: 'absence', name: 'Alex', absenceKind: 'sick', today: true }],
  ['eg er sjukmeld', { kind: 'absence', absenceKind: 'sick' }],
  ['jeg har ferie neste uke', { kind: 'absence', absenceKind: 'holiday' }],
  ['Lynne is on leave from Monday', { kind: 'absence', name: 'Lynne', absenceKind: 'leave' }],
  ['Alex er flink', { kind: 'unknown' }],
  // English as it is asked about someone, possessives included (the apostrophe goes in normalising).
  ["show me Alex's goals", { kind: 'whatsLeft', name: 'Alex' }],
  ["Lynne Robbins's progress", { kind: 'whatsLeft', name: 'Lynne Robbins' }],
  ['what does Alex still need?', { kind: 'whatsLeft', name: 'Alex' }],
  ['is Alex on track?', { kind: 'whatsLeft', name: 'Alex' }],
  ['his goals', { kind: 'unknown' }],
  ["Alex's activities", { kind: 'activities', name: 'Alex' }],
  ["who is Alex's advisor?", { kind: 'roles', name: 'Alex' }],
  ["when does Alex's service end?", { kind: 'service', name: 'Alex' }],
  ['show my service periods', { kind: 'service' }],
  ['who do I supervise?', { kind: 'overview' }],
  ['list my trainees', { kind: 'overview' }],
  ["what's pending?", { kind: 'inbox' }],
  ['anything for me?', { kind: 'inbox' }],
  ['todo', { kind: 'inbox' }],
  ['schedule a session with Alex', { kind: 'sessions' }],
  // Norwegian about someone, short: a name of one or two words, never a word of the question.
  ['status Alex', { kind: 'whatsLeft', name: 'Alex' }],
  ['fremdrift Lynne Robbins', { kind: 'whatsLeft', name: 'Lynne Robbins' }],
  ['er Alex i rute?', { kind: 'whatsLeft', name: 'Alex' }],
  ['ligger Lynne etter?', { kind: 'whatsLeft', name: 'Lynne' }],
  ['Alex sine aktiviteter', { kind: 'activities', name: 'Alex' }],
  ['når slutter Alex tjenesten?', { kind: 'service', name: 'Alex' }],
  ['når slutter jeg?', { kind: 'service' }],
  ['ny aktivitet', { kind: 'newActivity' }],
  ['registrer læringsaktivitet', { kind: 'newActivity' }],
  ['new activity', { kind: 'newActivity' }],
  ['inviter veileder', { kind: 'invite' }],
  ['<at>LIS</at> inviter supervisør <at>Kari</at>', { kind: 'invite' }],
  ['deleger', { kind: 'delegate' }],
  ['fravær', { kind: 'absence' }],
  ['tjenesteattest', { kind: 'confirmation' }],
  ['veiledning', { kind: 'sessions' }],
  ['eksporter til kompetanseportalen', { kind: 'export' }],
  [
    'signer Alex: Sutur av kuttskade på legevakt i dag, DEL1-012',
    { kind: 'supervisorSign', name: 'Alex', text: 'Sutur av kuttskade på legevakt i dag, DEL1-012' },
  ],
  [
    '<at>LIS</at> sign alex wilber: suturing, DEL1-012',
    { kind: 'supervisorSign', name: 'Alex Wilber', text: 'suturing, DEL1-012' },
  ],
  ['export to Kompetanseportalen', { kind: 'export' }],
  ['veiledningssamtaler', { kind: 'sessions' }],
  ['avtal veiledningssamtale', { kind: 'sessions' }],
  ['advisory sessions', { kind: 'sessions' }],
  ['lag tjenesteattest for Alex', { kind: 'confirmation' }],
  ['bekreftelse på gjennomført tjeneste', { kind: 'confirmation' }],
  ['service confirmation', { kind: 'confirmation' }],
  ['registrer fravær', { kind: 'absence' }],
  ['Hvor mye fravær har jeg?', { kind: 'absence' }],
  ['fravr', { kind: 'absence' }],
  ['record absence', { kind: 'absence' }],
  ['how much absence do I have?', { kind: 'absence' }],
  ['mine roller', { kind: 'roles' }],
  ['fjern Isaiah som supervisør', { kind: 'roles' }],
  ['fjern Isaiah Langer som supervisør', { kind: 'roles' }],
  ['be om godkjenning av DEL1-042', { kind: 'requestApproval', goalId: 'DEL1-042' }],
  ['request approval del1-7', { kind: 'requestApproval', goalId: 'DEL1-007' }],
  ['be om godkjenning av ABC-1234', { kind: 'requestApproval', goalId: 'ABC-1234' }],
  // As people ask, found when the demo people were talked to in their own words
  ['Hvor mange læringsmål har jeg igjen?', { kind: 'whatsLeft' }],
  ['vis fremdriften min', { kind: 'whatsLeft' }],
  ['Hvordan ligger jeg an?', { kind: 'whatsLeft' }],
  ['hva har jeg igjen å gjøre', { kind: 'whatsLeft' }],
  ['hvordan går det med Alex', { kind: 'whatsLeft', name: 'Alex' }],
  ['hvor mange mål mangler Alex Wilber', { kind: 'whatsLeft', name: 'Alex Wilber' }],
  ['har jeg noe å signere?', { kind: 'inbox' }],
  ['Noe å godkjenne?', { kind: 'inbox' }],
  ['anything to sign?', { kind: 'inbox' }],
  ['jeg vil registrere en aktivitet', { kind: 'newActivity' }],
  ['registrer kurs', { kind: 'newActivity', activityKind: 'course' }],
  ['send DEL1-070 til godkjenning', { kind: 'requestApproval', goalId: 'DEL1-070' }],
  ['hvem er veilederen min?', { kind: 'roles' }],
  ['hvem er lederen min', { kind: 'roles' }],
  ['Takk!', { kind: 'thanks', thanked: true }],
  ['tusen takk for hjelpen', { kind: 'thanks', thanked: true }],
  ['ok', { kind: 'thanks', thanked: false }],
  ['👍', { kind: 'thanks', thanked: false }],
  ['?', { kind: 'help' }],
  ['God morgen', { kind: 'help' }],
  ['Heisann', { kind: 'help' }],
  ['hva kan du hjelpe meg med?', { kind: 'help' }],
  ['how am I doing?', { kind: 'whatsLeft' }],
  ['når er jeg ferdig?', { kind: 'whatsLeft' }],
  ['hvor lenge igjen?', { kind: 'whatsLeft' }],
  ['hva gjenstår før jeg er ferdig', { kind: 'whatsLeft' }],
  ['hvem er LIS-ene mine?', { kind: 'overview' }],
  ['mine LIS', { kind: 'overview' }],
  ['my approvals', { kind: 'inbox' }],
  // A goal asked about by its id: its card (what it rests on, what is missing, the button to ask)
  ['hva gjenstår av DEL1-070?', { kind: 'goal', goalId: 'DEL1-070' }],
  ['status DEL1-70', { kind: 'goal', goalId: 'DEL1-070' }],
  ['DEL1-070', { kind: 'goal', goalId: 'DEL1-070' }],
  ['what is missing for LM-1', { kind: 'goal', goalId: 'LM-001' }],
  ['godkjenn DEL1-064 for Alex', { kind: 'goal', goalId: 'DEL1-064', name: 'Alex' }],
  ['DEL1-064 for Alex Wilber', { kind: 'goal', goalId: 'DEL1-064', name: 'Alex Wilber' }],
  ['approve FKM-15 for alex', { kind: 'goal', goalId: 'FKM-015', name: 'Alex' }],
  // Its history: the card "Vis historikk" opens.
  ['historikk DEL1-065', { kind: 'goal', goalId: 'DEL1-065', history: true }],
  [
    'vis historikken for DEL1-64 for Alex Wilber',
    { kind: 'goal', goalId: 'DEL1-064', name: 'Alex Wilber', history: true },
  ],
  ['history of lm-1', { kind: 'goal', goalId: 'LM-001', history: true }],
  ['historikk', { kind: 'unknown' }],
  ['når er neste veiledningssamtale?', { kind: 'sessions' }],
  // How LIS ask in their own words (found by trying): the progress card answers, its buttons act.
  ['hvilke mål mangler jeg?', { kind: 'whatsLeft' }],
  ['hvilke læringsmål har Alex igjen?', { kind: 'whatsLeft', name: 'Alex' }],
  ['hva har jeg fått godkjent?', { kind: 'whatsLeft' }],
  ['hvor mange mål er godkjent?', { kind: 'whatsLeft' }],
  ['what has been approved?', { kind: 'whatsLeft' }],
  ['be om godkjenning', { kind: 'whatsLeft' }],
  ['send påminnelse', { kind: 'whatsLeft' }],
  ['minn Isaiah på', { kind: 'whatsLeft' }],
  ['sende til godkjenning DEL1-068', { kind: 'requestApproval', goalId: 'DEL1-068' }],
  ['trekk tilbake DEL1-068', { kind: 'goal', goalId: 'DEL1-068' }],
  ['kan du godkjenne DEL1-068?', { kind: 'goal', goalId: 'DEL1-068' }],
  ['registrer ferie for Alex', { kind: 'absence', name: 'Alex', absenceKind: 'holiday' }],
  ['hvor mye fravær har Alex?', { kind: 'absence' }],
  // Must not match anything
  ['hvordan går det med deg?', { kind: 'unknown' }],
  ['send meg en kopi', { kind: 'unknown' }],
  ['takk for sist, vi sees', { kind: 'unknown' }],
  ['hva er klokka?', { kind: 'unknown' }],
  ['status på kaffen', { kind: 'unknown' }],
  ['gjenstår det kaffe?', { kind: 'unknown' }],
  ['hvor er kantina', { kind: 'unknown' }],
  ['leave me alone', { kind: 'unknown' }],
  ['tjenesteperioder', { kind: 'service' }],
  ['tjenesteperioder for Alex', { kind: 'service', name: 'Alex' }],
  ['service periods of Alex Wilber', { kind: 'service', name: 'Alex Wilber' }],
  ['når slutter tjenesten min?', { kind: 'service' }],
  ['tjenesten min', { kind: 'service' }],
  ['når starter perioden for Alex?', { kind: 'service', name: 'Alex' }],
  ['when does my service end?', { kind: 'service' }],
  ['når slutter kantina?', { kind: 'unknown' }],
  ['signer Alex', { kind: 'supervisorForm', name: 'Alex' }],
  ['signer for Alex Wilber', { kind: 'supervisorForm', name: 'Alex Wilber' }],
  ['signer', { kind: 'supervisorForm' }],
  ['what is the weather', { kind: 'unknown' }],
  // Decisions stay clicks: "approve all" shows the inbox, with its button for what is ready.
  ['godkjenn alt', { kind: 'inbox' }],
  ['godkjenn alle', { kind: 'inbox' }],
  ['signer alle sammen', { kind: 'inbox' }],
  ['approve all', { kind: 'inbox' }],
  // Not a LIS called «Alt».
  ['signer alt', { kind: 'inbox' }],
  ['roller for Alex', { kind: 'roles', name: 'Alex' }],
  ['roller for meg', { kind: 'roles' }],
  ['I attended a course on palliative care', { kind: 'newActivity', activityKind: 'course' }],
  ['how much absence does Alex have?', { kind: 'absence' }],
  // Nynorsk.
  ['kva står att?', { kind: 'whatsLeft' }],
  ['kva manglar eg?', { kind: 'whatsLeft' }],
  ['kva ventar på meg?', { kind: 'inbox' }],
  ['kva står att for Alex?', { kind: 'whatsLeft', name: 'Alex' }],
  ['kven er rettleiaren min?', { kind: 'roles' }],
  ['kor mykje fråvær har eg?', { kind: 'absence' }],
  ['kva må eg gjere?', { kind: 'inbox' }],
  ['kor langt har eg kome?', { kind: 'whatsLeft' }],
  ['eg har vore på kurs i legevaktmedisin', { kind: 'newActivity', activityKind: 'course' }],
  ['kor mange veker er att?', { kind: 'whatsLeft' }],
  ['eg treng signatur frå Isaiah', { kind: 'newActivity' }],
  ['returner aktiviteten', { kind: 'inbox' }],
  ['hvor mange uker er det igjen?', { kind: 'whatsLeft' }],
  ['hva er neste steg?', { kind: 'whatsLeft' }],
  ['hva bør jeg gjøre nå?', { kind: 'whatsLeft' }],
  ['send påminnelse til Isaiah', { kind: 'whatsLeft' }],
  ['purr på Patti', { kind: 'whatsLeft' }],
  ['be Isaiah signere', { kind: 'newActivity' }],
  ['jeg trenger signatur fra Patti', { kind: 'newActivity' }],
  ['hvilke mål er godkjent?', { kind: 'whatsLeft' }],
  ['vis godkjente mål', { kind: 'whatsLeft' }],
  ['skriv kommentar til DEL1-064', { kind: 'goal', goalId: 'DEL1-064' }],
  ['hvem har jeg delegert til?', { kind: 'delegate' }],
  ['hvem er veilederen til Alex Wilber?', { kind: 'roles', name: 'Alex Wilber' }],
  ['hvem er Alex sin leder?', { kind: 'roles', name: 'Alex' }],
  ['hvem er veilederen min?', { kind: 'roles' }],
  ['godkjenn alle for Alex', { kind: 'inbox' }],
  ['hvor mange timer gruppeveiledning har jeg?', { kind: 'sessions' }],
  // Asked inside a polite frame: the question within it.
  ['kan du vise meg status for Alex?', { kind: 'whatsLeft', name: 'Alex' }],
  ['kan du vise tjenesteattesten min?', { kind: 'confirmation' }],
  ['kan du lage tjenesteattest for Alex', { kind: 'confirmation' }],
  ['jeg vil endre veileder', { kind: 'roles' }],
  ['jeg vil sende tilbake aktiviteten til Alex', { kind: 'inbox' }],
  ['can you show me my progress', { kind: 'whatsLeft' }],
  ['hva gjenstår, takk', { kind: 'whatsLeft' }],
  ['kan du vise meg været?', { kind: 'unknown' }],
  // Found by typing as each demo person.
  ['hvem har signert DEL1-067?', { kind: 'goal', goalId: 'DEL1-067' }],
  ['hvilke kurs har jeg tatt?', { kind: 'activities' }],
  ['vis sykehusmålene', { kind: 'whatsLeft', scope: { arena: 'hospital' } }],
  ['vis læringsmålene mine', { kind: 'whatsLeft' }],
  ['Alex sine læringsmål', { kind: 'whatsLeft', name: 'Alex' }],
  ['hva må jeg gjøre før sluttevalueringen?', { kind: 'whatsLeft' }],
  ['marker oppstartsmøtet som gjennomført for Alex', { kind: 'whatsLeft', name: 'Alex' }],
  ['hvilke LIS har jeg?', { kind: 'overview' }],
  ['hvem er jeg supervisør for?', { kind: 'overview' }],
  ['hvor mange år har jeg igjen?', { kind: 'whatsLeft' }],
  ['noe nytt?', { kind: 'inbox' }],
  ['hvem har bedt meg om å signere?', { kind: 'inbox' }],
  ['når er neste veiledning med Alex?', { kind: 'sessions' }],
  ['hvor lenge har jeg vært i allmennpraksis?', { kind: 'service' }],
  ['hvor lenge har Lynne vært i allmennpraksis?', { kind: 'service', name: 'Lynne' }],
  ['jeg skal på ferie, kan Adele godkjenne for meg?', { kind: 'delegate' }],
  ['hvem kan godkjenne på vegne av meg?', { kind: 'delegate' }],
  // A LIS asking for approval is not delegating.
  ['be om godkjenning for meg', { kind: 'whatsLeft' }],
  ['jeg har vært på kurs i legevaktsmedisin', { kind: 'newActivity', activityKind: 'course' }],
  ['jeg har tatt et nettkurs i smittevern', { kind: 'newActivity', activityKind: 'e_learning' }],
  ['jeg har gjennomført e-læringskurs', { kind: 'newActivity', activityKind: 'e_learning' }],
  // A goal in a longer sentence: its card; words of a decision with it are flagged (nothing of them is kept).
  [
    'godkjenn DEL1-064 for Alex med kommentar bra jobbet',
    { kind: 'goal', goalId: 'DEL1-064', name: 'Alex', more: true },
  ],
  ['godkjenn DEL1-064, bra jobbet', { kind: 'goal', goalId: 'DEL1-064', more: true }],
  // What follows a comma is not part of the name.
  ['godkjenn DEL1-064 for Alex, bra jobbet', { kind: 'goal', goalId: 'DEL1-064', name: 'Alex', more: true }],
  ['hva gjenstår for Alex, egentlig?', { kind: 'whatsLeft', name: 'Alex' }],
  ['send tilbake DEL1-064: mangler signatur', { kind: 'goal', goalId: 'DEL1-064', more: true }],
  ['fraråd DEL1-064', { kind: 'goal', goalId: 'DEL1-064', more: true }],
  ['hvem skal godkjenne DEL1-068?', { kind: 'goal', goalId: 'DEL1-068' }],
  ['hvorfor er Alex i faresonen?', { kind: 'whatsLeft', name: 'Alex' }],
  ['hvem har ikke fått godkjent noe?', { kind: 'overview' }],
  ['vis Lynne sin fremdrift', { kind: 'whatsLeft', name: 'Lynne' }],
  ['legg til fravær for Alex 1.-3. desember', { kind: 'absence' }],
  ['jeg har signert', { kind: 'inbox' }],
  ['hva er dette?', { kind: 'help' }],
  ['slett aktiviteten', { kind: 'activities' }],
  ['endre aktiviteten', { kind: 'activities' }],
  ['hvordan registrerer jeg en aktivitet?', { kind: 'newActivity' }],
  ['hvordan ber jeg om godkjenning?', { kind: 'whatsLeft' }],
  // English, the second language.
  ['who asked me to sign?', { kind: 'inbox' }],
  ['how is Alex doing?', { kind: 'whatsLeft', name: 'Alex' }],
  ['can you show me the absence for Alex', { kind: 'absence' }],
  ['when is the next session with Alex?', { kind: 'sessions' }],
  ['my sessions', { kind: 'sessions' }],
  ['how many hours of group guidance do I have?', { kind: 'sessions' }],
  ['I want to change my advisor', { kind: 'roles' }],
  ['what courses have I taken?', { kind: 'activities' }],
  ['which goals are left in the hospital?', { kind: 'whatsLeft', scope: { arena: 'hospital' } }],
  ['how many weeks are left?', { kind: 'whatsLeft' }],
  ["who can approve while I'm away?", { kind: 'delegate' }],
  ['forbered veiledning', { kind: 'sessions' }],
  ['forberedelse til neste veiledningssamtale', { kind: 'sessions' }],
  ['hva kan jeg gjøre her?', { kind: 'help' }],
  ['legg til tjenesteperiode for Alex', { kind: 'service', name: 'Alex' }],
  ['godkjenn alle dataene mine', { kind: 'unknown' }],
  ['slett alle data', { kind: 'unknown' }],
  ['hva gjenstår av lunsjen i kantina i dag', { kind: 'unknown' }],
  // A goal's card, to send it back from; milestones and what waits on the progress card.
  ['send tilbake DEL1-064 for Alex', { kind: 'goal', goalId: 'DEL1-064', name: 'Alex' }],
  ['når er halvveisevalueringen?', { kind: 'whatsLeft' }],
  ['mine milepæler', { kind: 'whatsLeft' }],
  ['hvilke aktiviteter venter på signering?', { kind: 'whatsLeft' }],
  ['hvem har ikke signert ennå?', { kind: 'whatsLeft' }],
  ['vis aktivitetene mine', { kind: 'activities' }],
  ['mine aktiviteter', { kind: 'activities' }],
  ['aktiviteter for Alex', { kind: 'activities', name: 'Alex' }],
  ['hvilke aktiviteter har jeg registrert?', { kind: 'activities' }],
  ['my activities', { kind: 'activities' }],
  ['jeg har vært på kurs i legevaktmedisin', { kind: 'newActivity', activityKind: 'course' }],
  ['jeg har hatt hospitering', { kind: 'newActivity', activityKind: 'placement' }],
  ['marker kurset som innfridd', { kind: 'inbox' }],
  ['mark it as met', { kind: 'inbox' }],
  ['hvilke aktiviteter er ikke signert?', { kind: 'whatsLeft' }],
  ['jeg har vært på kino', { kind: 'unknown' }],
  ['anbefal DEL1-064 for Alex', { kind: 'goal', goalId: 'DEL1-064', name: 'Alex' }],
  ['anbefal godkjenning av DEL1-064', { kind: 'goal', goalId: 'DEL1-064' }],
  ['skriv referat', { kind: 'sessions' }],
  ['signer aktiviteten til Alex', { kind: 'inbox' }],
  ['hvem venter på godkjenning?', { kind: 'inbox' }],
  ['fjern Isaiah', { kind: 'roles' }],
  ['bytt veileder', { kind: 'roles' }],
  ['avslutt delegeringen til Patti', { kind: 'delegate' }],
  ['fjern alle data', { kind: 'unknown' }],
  ['hvor mange LIS har jeg?', { kind: 'overview' }],
  ['vis alle LIS', { kind: 'overview' }],
  ['oversikt', { kind: 'overview' }],
  ['hvem er i faresonen?', { kind: 'overview' }],
];

describe('the intent matcher', () => {
  it('has at least 40 phrasings, some of which must not match', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(cases.filter(([, i]) => i.kind === 'unknown').length).toBeGreaterThanOrEqual(8);
  });

  it.each(cases)('%j → %j', (text, intent) => {
    expect(matchIntent(text)).toEqual(intent);
  });
});

describe('questions about a theme of the plans', () => {
  // The themes the app's catalogs have, as the bot builds them at start.
  const themes = themeWords(DEMO_CATALOGS.flatMap((c) => c.goals.map((g) => g.theme)));
  const themed: [string, Intent][] = [
    ['hva gjenstår i etikk?', { kind: 'whatsLeft', scope: { theme: 'Etikk' } }],
    ['hva mangler jeg innen kommunikasjon', { kind: 'whatsLeft', scope: { theme: 'Kommunikasjon' } }],
    [
      'hva gjenstår av kvalitet og pasientsikkerhet?',
      { kind: 'whatsLeft', scope: { theme: 'Kvalitet og pasientsikkerhet' } },
    ],
    [
      'hva gjenstår i pasient- og brukermedvirkning',
      { kind: 'whatsLeft', scope: { theme: 'Pasient- og brukermedvirkning' } },
    ],
    ['hva gjenstår av legevakt for Alex?', { kind: 'whatsLeft', name: 'Alex', scope: { theme: 'Legevakt' } }],
    ['Hva gjenstår på legevakt?', { kind: 'whatsLeft', scope: { theme: 'Legevakt' } }],
    // An arena or a plan is still that, and a theme's words are never a name.
    ['hva gjenstår i psykiatri', { kind: 'whatsLeft', scope: { arena: 'psychiatry' } }],
    ['hva gjenstår i lovverk', { kind: 'whatsLeft', scope: { theme: 'Lovverk' } }],
    ['hva gjenstår av lunsjen i kantina i dag', { kind: 'unknown' }],
  ];

  it.each(themed)('%j → %j', (text, intent) => {
    expect(matchIntent(text, themes)).toEqual(intent);
  });

  it('finds a theme of an imported plan that ends in æ, ø or å, as a whole word', () => {
    const imported = themeWords(['Arbeidsmiljø', 'Etikk']);
    expect(matchIntent('hva gjenstår i arbeidsmiljø?', imported)).toEqual({
      kind: 'whatsLeft',
      scope: { theme: 'Arbeidsmiljø' },
    });
    expect(matchIntent('hva gjenstår i etikken', imported)).toEqual({ kind: 'whatsLeft' });
  });
});

describe('the help card', () => {
  // Each command the help card offers is one the matcher understands, as typed with a name and a goal.
  const commands = (['nb', 'en'] as const).flatMap((lang) => {
    const h = helpContent(lang);
    return [...h.lis, ...h.roles].map((x) => [lang, x.command] as const);
  });
  it.each(commands)('%s: «%s» is understood', (_lang, command) => {
    const typed = command.replace(/«(?:navn|name)»/g, 'Alex').replace(/: hva, /, ': Suturering, ');
    expect(matchIntent(typed).kind).not.toBe('unknown');
  });
});

describe('a name alone', () => {
  it.each([
    ['Alex', 'Alex'],
    ['vis Alex Wilber', 'Alex Wilber'],
    ['show alex', 'Alex'],
    ['hva er klokka nå', undefined],
    ['Alex, DEL1-064', undefined],
    ['en to tre fire', undefined],
  ])('%j → %j', (text, name) => {
    expect(nameAlone(text)).toBe(name);
  });
});
