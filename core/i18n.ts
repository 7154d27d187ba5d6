import { fillPlaceholders, formatNumber } from './numbers';
/** The two languages of the app: bokmål first, English second. */
export type Lang = 'nb' | 'en';

/** Bokmål unless the client says English (`en-*`); Norwegian and unknown locales get bokmål. */
export function langOf(locale: string | undefined | null): Lang {
  return locale && /^en(-|_|$)/i.test(locale.trim()) ? 'en' : 'nb';
}

export const TEXTS = {
  helpTitle: { nb: 'Dette kan jeg hjelpe deg med', en: 'This is what I can help you with' },
  helpIntro: {
    nb: 'Jeg holder orden på læringsmål, signeringer og godkjenninger i spesialistutdanningen, rett her i Teams.',
    en: 'I keep track of learning goals, sign-offs and approvals in specialist training, right here in Teams.',
  },
  helpLisHeading: { nb: 'Som LIS', en: 'As a LIS' },
  helpRolesHeading: { nb: 'Som leder, veileder eller supervisør', en: 'As a leader, advisor or supervisor' },
  /** The roles the asker holds, listed: "Som leder og veileder". */
  helpAsHeading: { nb: 'Som {roles}', en: 'As {roles}' },
  helpRole_leader: { nb: 'leder', en: 'a leader' },
  helpRole_delegate: { nb: 'stedfortreder', en: 'a delegate' },
  helpRole_advisor: { nb: 'veileder', en: 'an advisor' },
  helpRole_supervisor: { nb: 'supervisør', en: 'a supervisor' },
  helpFooterNotLis: {
    nb: 'Er du selv LIS? Skriv «kom i gang». Skriv «hjelp» når som helst for å se dette igjen.',
    en: 'Are you a LIS yourself? Type "get started". Type "help" at any time to see this again.',
  },
  helpExamplesHeading: { nb: 'Prøv for eksempel', en: 'Try for example' },
  helpNotUnderstood: {
    nb: 'Det forsto jeg ikke helt. Her er det jeg kan:',
    en: "I didn't quite get that. Here is what I can do:",
  },
  helpFooter: {
    nb: 'Skriv «hjelp» når som helst for å se dette igjen.',
    en: 'Type "help" at any time to see this again.',
  },
  answeredPrivately: {
    nb: 'Jeg har svart {name} i en privat chat.',
    en: 'I have answered {name} in a private chat.',
  },
  askPrivately: {
    nb: 'Dette er personlig, så jeg svarer bare i en privat chat. Åpne appen «LIS» og spør meg der.',
    en: 'This is personal, so I answer it in a private chat only. Open the "LIS" app and ask me there.',
  },
  activitiesTitle: { nb: 'Læringsaktiviteter – {trainee}', en: 'Learning activities – {trainee}' },
  activitiesIntro: {
    nb: 'De nyeste først. «Åpne kortet» viser hele aktiviteten og det du kan gjøre med den.',
    en: 'The newest first. "Open the card" shows the whole activity and what you can do with it.',
  },
  activitiesNoneYou: {
    nb: 'Du har ingen læringsaktiviteter ennå. Skriv «ny aktivitet» for å registrere en.',
    en: 'You have no learning activities yet. Type "new activity" to record one.',
  },
  activitiesNoneThey: {
    nb: '{trainee} har ingen læringsaktiviteter ennå.',
    en: '{trainee} has no learning activities yet.',
  },
  activitiesOlderIntro: {
    nb: 'Eldre aktiviteter, de nyeste av dem først.',
    en: 'Older activities, the newest of them first.',
  },
  activitiesOlder: { nb: 'Vis eldre', en: 'Show older' },
  activitiesNewest: { nb: 'Vis de nyeste', en: 'Show the newest' },
  activitiesNotYours: {
    nb: 'Aktivitetene til {trainee} ser {trainee}, lederen og veilederen. De du skal signere, finner du under «hva venter på meg?».',
    en: 'The activities of {trainee} are for {trainee}, the leader and the advisor to see. Those you are to sign are under "what is waiting for me?".',
  },
  explain_tverrniva: {
    nb: 'Tverrnivå: læringsmålet starter i sykehusåret og fullføres i kommunen. Aktiviteter og vurderinger fra både sykehus og kommune teller, og målet godkjennes én gang.',
    en: 'Cross-level: the learning goal starts in the hospital year and is completed in the municipality. Activities and assessments from both count, and the goal is approved once.',
  },
  explain_fkm: {
    nb: 'FKM er felles kompetansemål: mål alle LIS skal nå uansett spesialitet, i temaer som etikk, kommunikasjon, kvalitet og pasientsikkerhet og lovverk. De står i en egen læringsmålplan ved siden av de kliniske målene, og godkjennes på samme måte.',
    en: 'FKM are the common competence goals: goals every LIS must reach whatever the specialty, in themes such as ethics, communication, quality and patient safety, and law. They are a learning goal plan of their own beside the clinical goals, and are approved the same way.',
  },
  explain_lis: {
    nb: 'LIS er lege i spesialisering. LIS1 er første del: 12 måneder i sykehus (med psykiatri der den er en del av tjenesten), så 6 måneder i kommunen. LIS2 og LIS3 er spesialiteten; LIS3 er allmennmedisin, samfunnsmedisin og arbeidsmedisin, som gjøres i kommunen.',
    en: 'LIS is a doctor in specialist training. LIS1 is the first part: 12 months in hospital (with psychiatry where it is part of the service), then 6 months in the municipality. LIS2 and LIS3 are the specialty; LIS3 is general practice, community medicine and occupational medicine, served in municipalities.',
  },
  explain_innfridd: {
    nb: 'Innfridd betyr at lederen har markert en læringsaktivitet som oppfylt uten en supervisørs signatur, for eksempel et kurs der ingen supervisør signerer. Den teller da som grunnlag, som en signert aktivitet.',
    en: 'Met (innfridd) means the leader has marked a learning activity as fulfilled without a supervisor’s signature, for example a course no supervisor signs. It then counts as basis, as a signed activity does.',
  },
  explain_laeringsmal: {
    nb: 'Et læringsmål er en kompetanse fra forskriften, med en ID (for eksempel DEL1-012). Du når det gjennom læringsaktiviteter som supervisører signerer, veilederen gir råd, og lederen godkjenner det. Skriv «hva gjenstår?» for å se dine.',
    en: 'A learning goal is a competence set in the regulation, with an ID (for example DEL1-012). You reach it through learning activities supervisors sign, your advisor gives advice, and your leader approves it. Type «what is left?» to see yours.',
  },
  explain_aktivitet: {
    nb: 'En læringsaktivitet er det du gjør for å nå læringsmål: supervidert prosedyre, klinisk praksis, kurs, internundervisning, e-læring, veiledning, simulering, hospitering eller selvstudium. En supervisør signerer den (et kurs kan lederen markere som innfridd). Skriv «ny aktivitet» for å registrere en.',
    en: 'A learning activity is what you do to reach learning goals: a supervised procedure, clinical practice, a course, internal teaching, e-learning, guidance, simulation, a stay elsewhere or self-study. A supervisor signs it (a course the leader may mark as met). Type «new activity» to record one.',
  },
  explain_supervisor: {
    nb: 'En supervisør veileder deg i en læringsaktivitet og signerer den, eller sender den tilbake med en kommentar. Du kan ha flere, også fra sykehuset. Du legger dem til med «inviter».',
    en: 'A supervisor supervises you in a learning activity and signs it, or sends it back with a comment. You may have several, from the hospital too. You add them with «invite».',
  },
  explain_veileder: {
    nb: 'Veilederen din har veiledningssamtalene med deg (du forbereder, veilederen skriver referatet) og gir lederen råd om godkjenning av læringsmål. Du har én veileder om gangen.',
    en: 'Your advisor holds the advisory sessions with you (you prepare, the advisor writes the minutes) and advises the leader on approving learning goals. You have one advisor at a time.',
  },
  explain_resttjeneste: {
    nb: 'Resttjeneste er tjenestetid du må ta igjen når fraværet i LIS1 er over 10 % av tjenestetiden (ferie teller som fravær; kurs teller som tjeneste). Arbeidsgiveren regner den ut; appen viser tallet og varsler ved 8 %.',
    en: 'Resttjeneste is service time to make up when absence in LIS1 is over 10 % of the service time (holiday counts as absence; courses count as service). The employer computes it; the app shows the figure and warns at 8 %.',
  },
  explain_kompetanseportalen: {
    nb: 'Kompetanseportalen er Helsedirektoratets offisielle register for spesialistutdanningen. Det som godkjennes her, må føres inn der: skriv «eksporter til kompetanseportalen» for en liste over de godkjente læringsmålene med grunnlag.',
    en: 'Kompetanseportalen is the Norwegian Directorate of Health’s official record of specialist training. What is approved here must be entered there: type «export to Kompetanseportalen» for a list of the approved learning goals with their basis.',
  },
  explain_arena: {
    nb: 'Arena er hvor et læringsmål godkjennes: sykehus, kommune eller psykiatri. Hvert mål godkjennes én gang, på én arena; sykehusmål som ikke er nådd når kommunedelen starter, godkjennes av sykehuset.',
    en: 'The arena is where a learning goal is approved: hospital, municipality or psychiatry. Each goal is approved once, in one arena; hospital goals not reached when the municipal part starts are approved by the hospital.',
  },
  explain_spesialistgodkjenning: {
    nb: 'Spesialistgodkjenning søker du om hos Helsedirektoratet når spesialistutdanningen (LIS2 eller LIS3) er gjennomført: alle læringsmålene godkjent av arbeidsgiveren og ført inn i Kompetanseportalen, og tjenesten bekreftet. Fullført LIS1 gir ingen spesialistgodkjenning, men føres i helsepersonellregisteret. Skriv «hva gjenstår?» for å se hva som mangler hos deg.',
    en: 'Specialist approval is applied for at the Norwegian Directorate of Health once the specialist training (LIS2 or LIS3) is complete: every learning goal approved by the employer and entered in Kompetanseportalen, and the service confirmed. Completing LIS1 gives no specialist approval, but is entered in the health personnel register. Type "what is left?" to see what you still lack.',
  },
  attachmentNotRead: {
    nb: 'Jeg leser ikke filer eller bilder. Vil du registrere et kurs eller en annen læringsaktivitet, skriv «ny aktivitet».',
    en: 'I do not read files or pictures. To record a course or another learning activity, type "new activity".',
  },
  /** The store turned us away for its request units (429) until the wait ran out. */
  busy: {
    nb: 'Beklager, det er travelt akkurat nå, og jeg rakk det ikke. Prøv igjen om litt. Feilkode: {id}',
    en: 'Sorry, it is busy right now and I did not get it done. Please try again shortly. Error code: {id}',
  },
  apology: {
    nb: 'Beklager, noe gikk galt hos oss. Prøv igjen om litt. Feilkode: {id}',
    en: 'Sorry, something went wrong on our side. Please try again shortly. Error code: {id}',
  },
  demoBadge: { nb: 'Demodata', en: 'Demo data' },

  // Roles and standings
  role_lis: { nb: 'LIS', en: 'LIS' },
  role_leader: { nb: 'leder', en: 'leader' },
  role_delegate: { nb: 'stedfortreder for leder', en: "leader's delegate" },
  role_advisor: { nb: 'veileder', en: 'advisor' },
  role_supervisor: { nb: 'supervisør', en: 'supervisor' },

  // Refusals: what is wrong, and that nothing changed
  // Over a permission refusal and an input problem alike: the line below says which.
  refusedTitle: { nb: 'Ikke utført', en: 'Not done' },
  nothingChanged: { nb: 'Ingenting er endret.', en: 'Nothing has changed.' },
  thanksReply: { nb: 'Bare hyggelig!', en: 'You are welcome!' },
  byeReply: { nb: 'Ha det bra!', en: 'Goodbye!' },
  err_no_identity: {
    nb: 'Jeg kan ikke se hvem du er. Bruk Teams med jobbkontoen din.',
    en: "I can't tell who you are. Use Teams with your work account.",
  },
  err_no_role: { nb: 'Du har ingen rolle for {trainee}.', en: 'You hold no role for {trainee}.' },
  err_not_allowed: {
    nb: 'Som {standing} for {trainee} kan du ikke gjøre dette.',
    en: 'As {standing} for {trainee} you cannot do this.',
  },
  goalNotInMyPlans: {
    nb: 'Fant ikke læringsmålet {goal} i læringsmålplanene dine. Sjekk ID-en (for eksempel {example}).',
    en: 'I could not find the learning goal {goal} in your plans. Check the ID (for example {example}).',
  },
  goalNotInPlans: {
    nb: 'Fant ikke læringsmålet {goal} i læringsmålplanene til {trainee}. Sjekk ID-en (for eksempel {example}).',
    en: 'I could not find the learning goal {goal} in the plans of {trainee}. Check the ID (for example {example}).',
  },
  err_not_found: {
    nb: 'Fant ikke det dette kortet viser til. Det kan ha blitt fjernet.',
    en: 'I could not find what this card refers to. It may have been removed.',
  },
  err_not_assigned: {
    nb: 'Denne signeringen er bedt om fra {name}, ikke fra deg.',
    en: 'This sign-off was asked of {name}, not of you.',
  },
  err_comment_required: {
    nb: 'Skriv en kommentar for å sende tilbake.',
    en: 'Write a comment to return it.',
  },
  err_comment_empty: {
    nb: 'Skriv kommentaren først.',
    en: 'Write the comment first.',
  },
  err_comment_too_long: {
    nb: 'Kommentaren er for lang: {length} tegn, høyst {max}.',
    en: 'The comment is too long: {length} characters, at most {max}.',
  },
  err_basis_comment_required: {
    nb: 'Grunnlaget er ufullstendig. Skriv en kommentar for å godkjenne likevel.',
    en: 'The basis is incomplete. Write a comment to approve anyway.',
  },
  err_wrong_arena: {
    nb: 'Dette læringsmålet skal godkjennes {arenaWhere}, ikke av {employer}.',
    en: 'This learning goal is approved {arenaWhere}, not by {employer}.',
  },
  err_not_returned: {
    nb: 'Aktiviteten er ikke sendt tilbake til deg nå.',
    en: 'The activity is not returned to you now.',
  },
  err_not_signed: {
    nb: 'Aktiviteten er ikke signert eller markert som innfridd nå, så det er ingenting å angre.',
    en: 'The activity is not signed or marked as met now, so there is nothing to undo.',
  },
  err_not_yours: {
    nb: 'Det var {name} som signerte aktiviteten, så bare {name} kan angre signeringen.',
    en: '{name} signed the activity, so only {name} can undo the signature.',
  },
  err_approved_on_it: {
    nb: '{goals} er allerede godkjent med denne aktiviteten i grunnlaget. Be lederen angre godkjenningen først.',
    en: '{goals} is already approved with this activity in its basis. Ask the leader to undo the approval first.',
  },
  err_lis_too_many_open: {
    nb: '{trainee} har allerede {max} {max|aktivitet|aktiviteter} som venter på signering eller er sendt tilbake. Signeringen kan angres når noen av dem er ryddet.',
    en: '{trainee} already has {max} {max|activity|activities} waiting for a signature or sent back. The signature can be undone once some are cleared.',
  },
  err_undo_sign_reason_required: {
    nb: 'Skriv hvorfor du angrer. LIS-en får se begrunnelsen.',
    en: 'Write why you undo it. The LIS sees the reason.',
  },
  err_not_approved: {
    nb: 'Læringsmålet er ikke godkjent nå, så det er ingen godkjenning å angre.',
    en: 'The learning goal is not approved now, so there is no approval to undo.',
  },
  err_undo_reason_required: {
    nb: 'Skriv hvorfor du angrer godkjenningen. LIS-en får se begrunnelsen.',
    en: 'Write why you undo the approval. The LIS sees the reason.',
  },
  err_undo_elsewhere: {
    nb: 'Dette læringsmålet ble godkjent {arenaWhere}. Bare der kan godkjenningen angres, ikke av {employer}.',
    en: 'This learning goal was approved {arenaWhere}. Only there can the approval be undone, not by {employer}.',
  },
  err_not_pending: { nb: 'Dette venter ikke lenger på noen.', en: 'This is no longer waiting for anyone.' },
  err_already_pending: { nb: 'Dette venter allerede.', en: 'This is already waiting.' },
  err_already_approved: {
    nb: 'Læringsmålet er allerede godkjent.',
    en: 'The learning goal is already approved.',
  },
  err_returned_by_supervisor: {
    nb: 'Supervisøren sendte aktiviteten tilbake: rett den og send den til en supervisør igjen.',
    en: 'The supervisor returned the activity: put it right and send it to a supervisor again.',
  },
  err_returned: {
    nb: 'Aktiviteten er sendt tilbake til LIS av supervisøren, og venter på at LIS retter den.',
    en: 'The supervisor returned the activity to the LIS, and it waits for the LIS to put it right.',
  },
  err_withdrawn: { nb: 'Aktiviteten er trukket tilbake.', en: 'The activity has been withdrawn.' },
  err_already_signed: { nb: 'Aktiviteten er allerede signert.', en: 'The activity is already signed.' },
  err_same_supervisor: {
    nb: 'Forespørselen ligger allerede hos {name}.',
    en: 'The request is already with {name}.',
  },
  err_unit_name_taken: {
    nb: 'Det finnes allerede et arbeidssted som heter «{name}», opprettet av en annen. Er det ditt, kan du koble teamet til det når en LIS du er leder for har registrert seg der. Ellers: gi ditt et navn som skiller dem, for eksempel med avdelingen eller stedet.',
    en: 'There is already a workplace called "{name}", created by someone else. If it is yours, you can link the team to it once a LIS you lead has registered there. Otherwise, give yours a name that tells them apart, for example with the department or the place.',
  },
  err_unit_name_length: {
    nb: 'Navnet på arbeidsstedet må ha fra {min} til {max} tegn.',
    en: 'The name of the workplace must have {min} to {max} characters.',
  },
  err_description_required: { nb: 'Beskriv aktiviteten.', en: 'Describe the activity.' },
  err_description_too_long: {
    nb: 'Beskrivelsen er for lang: {length} tegn, høyst {max}.',
    en: 'The description is too long: {length} characters, at most {max}.',
  },
  err_too_many_session_goals: {
    nb: 'Velg høyst 20 læringsmål for én veiledningssamtale.',
    en: 'Choose at most 20 learning goals for one advisory session.',
  },
  err_too_many_open: {
    nb: 'Du har allerede {max} {max|aktivitet|aktiviteter} som venter på signering eller er sendt tilbake. Få dem signert, eller trekk tilbake noen, før du sender flere.',
    en: 'You already have {max} {max|activity|activities} waiting for a sign-off or sent back. Get them signed, or withdraw some, before you send more.',
  },
  err_too_many_goals: {
    nb: 'Velg høyst {max} læringsmål for én aktivitet.',
    en: 'Choose at most {max} learning {max|goal|goals} for one activity.',
  },
  err_not_a_leader: { nb: 'Du er ikke leder for noen LIS.', en: 'You are not the leader of any LIS.' },
  err_lost_race: {
    nb: 'Noen andre endret dette akkurat nå. Prøv igjen.',
    en: 'Someone else changed this just now. Please try again.',
  },
  err_no_goals: { nb: 'Velg minst ett læringsmål.', en: 'Choose at least one learning goal.' },
  err_unknown_goal: {
    nb: 'Velg læringsmål fra dine egne læringsmålplaner.',
    en: 'Choose learning goals from your own plans.',
  },
  err_bad_date: { nb: 'Datoen kan ikke være fram i tid.', en: 'The date cannot be in the future.' },
  err_bad_session_date: { nb: 'Velg datoen for samtalen.', en: 'Choose the date of the session.' },
  err_session_too_far_ahead: {
    nb: 'En veiledningssamtale kan avtales høyst ett år fram i tid. Sjekk årstallet.',
    en: 'An advisory session can be scheduled at most a year ahead. Check the year.',
  },
  err_date_too_early: {
    nb: 'Datoen kan ikke være før 1. mars 2017, da spesialistforskriften trådte i kraft.',
    en: 'The date cannot be before 1 March 2017, when the specialist regulation came into force.',
  },
  err_not_registered: {
    nb: 'Du er ikke registrert som LIS ennå. Skriv «kom i gang».',
    en: 'You are not registered as a LIS yet. Type "get started".',
  },
  err_no_supervisor: {
    nb: 'Du har ingen supervisør som har takket ja ennå. Inviter en med «inviter».',
    en: 'No supervisor has accepted yet. Invite one with "invite".',
  },
  err_too_many_delegations: {
    nb: 'Det er allerede {max} delegeringer som ikke er over for denne LIS-en. Avslutt noen under «deleger» først.',
    en: 'There are already {max} delegations not yet over for this LIS. End some under "delegate" first.',
  },
  err_too_many_invitations: {
    nb: 'Du har allerede {max} invitasjoner som venter på svar. Vent til noen er besvart, eller trekk tilbake noen under «roller», før du inviterer flere.',
    en: 'You already have {max} invitations waiting for an answer. Wait for some answers, or withdraw some under "roles", before you invite more.',
  },
  err_self_invite: { nb: 'Du kan ikke invitere deg selv.', en: 'You cannot invite yourself.' },
  // Only the LIS invites: they read these about themselves.
  err_has_leader: {
    nb: 'Du har allerede en leder. Vil du bytte, kryss av for «Erstatt nåværende leder/veileder»: den nåværende slutter når den nye takker ja.',
    en: 'You already have a leader. To change, tick "Replace the current leader/advisor": the current one ends when the new one accepts.',
  },
  err_has_advisor: {
    nb: 'Du har allerede en veileder. Vil du bytte, kryss av for «Erstatt nåværende leder/veileder»: den nåværende slutter når den nye takker ja.',
    en: 'You already have an advisor. To change, tick "Replace the current leader/advisor": the current one ends when the new one accepts.',
  },
  err_already_invited: {
    nb: '{name} er allerede invitert til denne rollen.',
    en: '{name} is already invited to this role.',
  },
  err_already_holds_role: { nb: '{name} har allerede denne rollen.', en: '{name} already holds this role.' },
  err_invitation_not_found: { nb: 'Fant ikke invitasjonen.', en: 'I could not find the invitation.' },
  err_not_invitee: {
    nb: 'Denne invitasjonen er til {name}, ikke til deg. Bare den inviterte kan svare.',
    en: 'This invitation is for {name}, not for you. Only the invitee can answer.',
  },
  err_already_accepted: {
    nb: 'Invitasjonen er allerede besvart: det er takket ja.',
    en: 'The invitation has already been accepted.',
  },
  err_already_declined: {
    nb: 'Invitasjonen er allerede besvart: det er takket nei.',
    en: 'The invitation has already been declined.',
  },
  err_invitation_withdrawn: {
    nb: 'Invitasjonen er trukket tilbake.',
    en: 'The invitation has been withdrawn.',
  },
  err_invitation_expired: {
    nb: 'Invitasjonen har gått ut. Be om en ny.',
    en: 'The invitation has expired. Ask for a new one.',
  },
  err_role_not_found: { nb: 'Personen har ikke denne rollen.', en: 'The person does not hold this role.' },
  err_delegation_not_found: {
    nb: 'Fant ikke denne delegeringen hos deg.',
    en: 'This delegation was not found among yours.',
  },
  err_delegation_ended: {
    nb: 'Delegeringen er allerede avsluttet.',
    en: 'The delegation has already ended.',
  },
  delegationsActive: { nb: 'Du har delegert godkjenning til:', en: 'You have delegated approval to:' },
  delegationLine: {
    nb: '• {name} for {trainee}, {from}–{to}',
    en: '• {name} for {trainee}, {from}–{to}',
  },
  delegationEndTitle: { nb: 'Avslutt for {name} og {trainee} …', en: 'End for {name} and {trainee} …' },
  delegationEndConfirm: {
    nb: 'Vil du avslutte delegeringen til {name} for {trainee} nå? {name} kan da ikke lenger godkjenne på dine vegne.',
    en: 'End the delegation to {name} for {trainee} now? {name} can then no longer approve on your behalf.',
  },
  delegationEndYes: { nb: 'Ja, avslutt nå', en: 'Yes, end it now' },
  delegationEnded: {
    nb: 'Delegeringen til {name} for {trainee} er avsluttet.',
    en: 'The delegation to {name} for {trainee} has ended.',
  },
  delegationEndedToYou: {
    nb: '{leader} har avsluttet delegeringen til deg for {trainees}. Du kan ikke lenger godkjenne på vegne av {leader}.',
    en: '{leader} has ended the delegation to you for {trainees}. You can no longer approve on behalf of {leader}.',
  },
  err_bad_period: { nb: 'Sluttdatoen er før startdatoen.', en: 'The end date is before the start date.' },
  err_delegate_is_leader: {
    nb: 'Du kan ikke delegere til deg selv.',
    en: 'You cannot delegate to yourself.',
  },
  err_delegate_is_lis: {
    nb: 'Ingen godkjenner sine egne læringsmål: velg en annen enn LIS-en.',
    en: 'No one approves their own learning goals: choose someone other than the LIS.',
  },
  err_period_over: {
    nb: 'Perioden er allerede over: sluttdatoen må være i dag eller senere.',
    en: 'The period is already over: the end date must be today or later.',
  },
  err_no_person_picked: { nb: 'Velg en person.', en: 'Choose a person.' },
  err_bad_input: {
    nb: 'Noe i skjemaet mangler eller er feil: {field}.',
    en: 'Something in the form is missing or wrong: {field}.',
  },
  staleCard: {
    nb: 'Kortet var utdatert. Slik står det nå:',
    en: 'The card was out of date. This is how it stands now:',
  },
  lostRace: {
    nb: 'Noen andre behandlet dette akkurat nå. Slik står det nå:',
    en: 'Someone else handled this just now. This is how it stands now:',
  },

  // Shared card words
  status: { nb: 'Status', en: 'Status' },
  comment: { nb: 'Kommentar', en: 'Comment' },
  quoted: { nb: '{name}: «{text}»', en: '{name}: "{text}"' },
  showHistory: { nb: 'Vis historikk', en: 'Show history' },
  refreshCard: { nb: 'Oppdater kortet', en: 'Refresh card' },
  recall: { nb: 'Trekk tilbake', en: 'Recall' },
  remind: { nb: 'Send påminnelse til {name}', en: 'Remind {name}' },
  remindAbout: { nb: 'Minn {name} på {what}', en: 'Remind {name} about {what}' },
  remindedAt: { nb: 'Påminnelse sendt {when}.', en: 'Last reminded {when}.' },
  err_reminded_recently: {
    nb: 'Påminnelse ble sendt til {name} {when}. Du kan sende én påminnelse i døgnet.',
    en: '{name} was reminded {when}. You can remind once a day.',
  },
  noLongerNeedsAction: {
    nb: 'Trenger ikke lenger handling fra deg.',
    en: 'No longer needs action from you.',
  },
  lis: { nb: 'LIS', en: 'LIS' },

  // Learning activities and sign-off
  activityCardTitle: { nb: 'Signering av læringsaktivitet', en: 'Sign-off of a learning activity' },
  activityAsks: { nb: '{trainee} ber deg signere', en: '{trainee} asks you to sign' },
  activityCardTitleMet: { nb: 'Læringsaktivitet', en: 'Learning activity' },
  activityAsksMet: {
    nb: '{trainee} ber deg markere den som innfridd',
    en: '{trainee} asks you to mark it as met',
  },
  activityOf: { nb: 'Læringsaktivitet for {trainee}', en: 'Learning activity of {trainee}' },
  activity: { nb: 'Aktivitet', en: 'Activity' },
  kind: { nb: 'Type', en: 'Kind' },
  date: { nb: 'Dato', en: 'Date' },
  supervisor: { nb: 'Supervisør', en: 'Supervisor' },
  learningGoals: { nb: 'Læringsmål', en: 'Learning goals' },
  kind_supervised_procedure: { nb: 'Supervidert prosedyre', en: 'Supervised procedure' },
  kind_clinical_practice: { nb: 'Klinisk praksis', en: 'Clinical practice' },
  kind_course: { nb: 'Kurs', en: 'Course' },
  kind_e_learning: { nb: 'E-læring', en: 'E-learning' },
  kind_group_guidance: { nb: 'Gruppeveiledning', en: 'Group guidance' },
  kind_internal_teaching: { nb: 'Internundervisning', en: 'Internal teaching' },
  kind_individual_guidance: { nb: 'Individuell veiledning', en: 'Individual guidance' },
  kind_simulation: { nb: 'Simulering', en: 'Simulation' },
  kind_placement: { nb: 'Hospitering', en: 'Stay at another workplace (hospitering)' },
  kind_self_study: { nb: 'Selvstudium', en: 'Self-study' },
  kind_other: { nb: 'Annet', en: 'Other' },
  act_registered: { nb: 'Ikke sendt til signering', en: 'Not sent for signing' },
  act_pending: { nb: 'Venter på signering fra {name}', en: 'Waiting for {name} to sign' },
  act_pendingYou: { nb: 'Venter på signering fra deg', en: 'Waiting for you to sign' },
  act_pendingMetYou: {
    nb: 'Venter på at du markerer den som innfridd',
    en: 'Waiting for you to mark it as met',
  },
  act_pendingMet: {
    nb: 'Venter på at {name} markerer den som innfridd',
    en: 'Waiting for {name} to mark it as met',
  },
  act_pendingGone: {
    nb: 'Venter på signering fra {name}, som ikke lenger er supervisør for deg. Send den til en annen supervisør, eller trekk den tilbake.',
    en: 'Waiting for {name} to sign, who is no longer your supervisor. Send it to another supervisor, or recall it.',
  },
  err_supervisor_gone: {
    nb: '{name} er ikke lenger supervisør for deg. Send aktiviteten til en annen supervisør, eller trekk den tilbake.',
    en: '{name} is no longer your supervisor. Send the activity to another supervisor, or recall it.',
  },
  pendingNoLeader: {
    nb: 'Du har ingen leder i appen nå: inviter en med «inviter».',
    en: 'You have no leader in the app now: invite one with "invite".',
  },
  pendingNoLeaderThey: {
    nb: '{trainee} har ingen leder i appen nå.',
    en: '{trainee} has no leader in the app now.',
  },
  pendingSupervisorGoneThey: {
    nb: '{name} er ikke lenger supervisør for {trainee}.',
    en: '{name} is no longer a supervisor for {trainee}.',
  },
  pendingSupervisorGone: {
    nb: '{name} er ikke lenger supervisør: send den til en annen fra aktivitetens kort.',
    en: '{name} is no longer a supervisor: send it to another from the activity’s card.',
  },
  act_signed: { nb: 'Signert', en: 'Signed' },
  act_returned: { nb: 'Sendt tilbake til {trainee}', en: 'Returned to {trainee}' },
  act_met: { nb: 'Markert som innfridd av leder', en: 'Marked as met by the leader' },
  act_withdrawn: { nb: 'Trukket tilbake av {trainee}', en: 'Withdrawn by {trainee}' },
  resendTitle: { nb: 'Rett og send på nytt …', en: 'Edit and send again …' },
  resendGoalsLabel: {
    nb: 'Læringsmål (skriv ID eller et ord for å finne andre)',
    en: 'Learning goals (type an ID or a word to find others)',
  },
  resendIntro: {
    nb: 'Rett beskrivelsen eller datoen om du vil, og send aktiviteten til signering på nytt.',
    en: 'Edit the description or the date if you like, and send the activity for signing again.',
  },
  resendIntroMany: {
    nb: 'Rett beskrivelsen eller datoen om du vil, og send aktiviteten til signering på nytt – til samme eller en annen supervisør.',
    en: 'Edit the description or the date if you like, and send the activity for signing again – to the same or another supervisor.',
  },
  sendTitle: { nb: 'Send til signering …', en: 'Send for signing …' },
  sendIntro: {
    nb: 'Rett beskrivelsen eller datoen om du vil, og send aktiviteten til signering.',
    en: 'Edit the description or the date if you like, and send the activity for signing.',
  },
  sendIntroMany: {
    nb: 'Rett beskrivelsen eller datoen om du vil, velg supervisør, og send aktiviteten til signering.',
    en: 'Edit the description or the date if you like, pick a supervisor, and send the activity for signing.',
  },
  resendDescription: { nb: 'Beskrivelse', en: 'Description' },
  resendSubmit: { nb: 'Send til signering', en: 'Send for signing' },
  withdrawTitle: { nb: 'Trekk tilbake aktiviteten …', en: 'Withdraw the activity …' },
  withdrawConfirm: {
    nb: 'Vil du trekke tilbake aktiviteten? Den teller da ikke for noe læringsmål, men blir stående i historikken.',
    en: 'Withdraw the activity? It then counts for no learning goal, but stays in the history.',
  },
  withdrawYes: { nb: 'Ja, trekk tilbake', en: 'Yes, withdraw' },
  act_recalled: { nb: 'Trukket tilbake av {trainee}', en: 'Recalled by {trainee}' },
  act_moved: { nb: 'Flyttet til {name}', en: 'Moved to {name}' },
  signedBy: { nb: 'Signert av {name} {when}.', en: 'Signed by {name} on {when}.' },
  returnedBy: { nb: 'Sendt tilbake av {name} {when}.', en: 'Returned by {name} on {when}.' },
  exportMet: { nb: '{name} (markert som innfridd)', en: '{name} (marked as met)' },
  metBy: { nb: 'Markert som innfridd av {name} {when}.', en: 'Marked as met by {name} on {when}.' },
  markMet: { nb: 'Marker som innfridd', en: 'Mark as met' },
  markMetFor: { nb: 'Marker «{what}» som innfridd', en: 'Mark “{what}” as met' },
  markMetOrReturnLabel: {
    nb: 'Kommentar (valgfri ved markering, påkrevd ved retur)',
    en: 'Comment (optional when marking, required when returning)',
  },
  askMet: { nb: 'Be {name} markere den som innfridd', en: 'Ask {name} to mark it as met' },
  markMetCommentLabel: { nb: 'Kommentar (valgfri)', en: 'Comment (optional)' },
  openActivitiesHeading: { nb: 'Aktiviteter som ikke er signert ennå', en: 'Activities not signed yet' },
  openActivityPending: {
    nb: '{what} – venter på signering fra {name}',
    en: '{what} – waiting for {name} to sign',
  },
  openActivityMet: {
    nb: '{what} – venter på at {name} markerer den som innfridd',
    en: '{what} – waiting for {name} to mark it as met',
  },
  openActivityReturned: { nb: '{what} – sendt tilbake av {name}', en: '{what} – returned by {name}' },
  signCommentLabel: {
    nb: 'Kommentar (valgfri ved signering, påkrevd ved retur)',
    en: 'Comment (optional to sign, required to return)',
  },
  commentPlaceholder: { nb: 'Skriv en kommentar …', en: 'Write a comment …' },
  sign: { nb: 'Signer', en: 'Sign' },
  returnIt: { nb: 'Send tilbake', en: 'Return' },
  moveTo: { nb: 'Send til {name} i stedet', en: 'Send to {name} instead' },

  // Goals and approval
  goalCardTitle: { nb: 'Godkjenning av læringsmål', en: 'Approval of a learning goal' },
  goalAsks: { nb: '{trainee} ber om godkjenning', en: '{trainee} asks for approval' },
  goalOf: { nb: 'Læringsmål for {trainee}', en: 'Learning goal of {trainee}' },
  goal: { nb: 'Læringsmål', en: 'Learning goal' },
  arena: { nb: 'Arena', en: 'Arena' },
  catalog: { nb: 'Læringsmålplan', en: 'Learning goal plan' },
  crossLevel: { nb: 'Tverrnivå', en: 'Cross-level' },
  crossLevelValue: {
    nb: 'Aktiviteter fra både sykehus og kommune teller',
    en: 'Yes: activities from hospital and municipality count',
  },
  requested: { nb: 'Sendt', en: 'Sent' },
  // One form everywhere a name stands alone; the "where" forms go inside a sentence.
  arena_hospital: { nb: 'Sykehus', en: 'Hospital' },
  arena_municipality: { nb: 'Kommune', en: 'Municipality' },
  arena_psychiatry: { nb: 'Psykiatri', en: 'Psychiatry' },
  arenaWhere_hospital: {
    nb: 'i sykehuset (spesialisthelsetjenesten)',
    en: 'in the hospital (specialist health service)',
  },
  arenaWhere_municipality: { nb: 'i kommunen', en: 'in the municipality' },
  arenaWhere_psychiatry: { nb: 'i psykiatrien', en: 'in psychiatry' },
  basis: { nb: 'Grunnlag', en: 'Basis' },
  basisMet: {
    nb: '✔ {what} – markert som innfridd av {name} {when}',
    en: '✔ {what} – marked as met by {name} on {when}',
  },
  basisSigned: { nb: '✔ {what} – signert av {name} {when}', en: '✔ {what} – signed by {name} on {when}' },
  basisEarlier: {
    nb: 'Her er de {shown} siste signerte aktivitetene; {count} eldre er ikke vist her.',
    en: 'These are the latest {shown} signed activities; {count} earlier {count|one is|ones are} not shown here.',
  },
  basisAdvisor: { nb: '✔ Veileder {name} anbefaler: «{text}»', en: '✔ Advisor {name} recommends: "{text}"' },
  basisAdvisorPlain: {
    nb: '✔ Veileder {name} anbefaler godkjenning',
    en: '✔ Advisor {name} recommends approval',
  },
  basisNoAdvisor: {
    nb: '✘ Ingen anbefaling fra veileder ennå',
    en: '✘ No recommendation from the advisor yet',
  },
  basisNoSupervisor: {
    nb: '✘ Ingen signert aktivitet fra supervisør',
    en: '✘ No activity signed by a supervisor',
  },
  basisIncomplete: {
    nb: 'Grunnlaget er ufullstendig: {missing}. Du kan godkjenne likevel, men må da skrive en kommentar.',
    en: 'The basis is incomplete: {missing}. You can approve anyway, but must then write a comment.',
  },
  basisIncompleteInfo: {
    nb: 'Grunnlaget er ufullstendig: {missing}.',
    en: 'The basis is incomplete: {missing}.',
  },
  err_reason_required: {
    nb: 'Skriv hvorfor du fraråder godkjenning.',
    en: 'Write why you advise against approval.',
  },
  basisAdvisorAgainstPlain: {
    nb: '✘ {name} (veileder) fraråder godkjenning',
    en: '✘ {name} (advisor) advises against approval',
  },
  basisAdvisorAgainst: {
    nb: '✘ {name} (veileder) fraråder godkjenning: «{text}»',
    en: '✘ {name} (advisor) advises against approval: “{text}”',
  },
  adviseAgainst: { nb: 'Fraråd godkjenning', en: 'Advise against' },
  verb_goal_adviseAgainst: { nb: 'frarådet godkjenning', en: 'advised against approval' },
  missing_advisor: { nb: 'ingen anbefaling fra veileder', en: 'no recommendation from the advisor' },
  missing_supervisor: {
    nb: 'ingen signert aktivitet fra supervisør',
    en: 'no activity signed by a supervisor',
  },
  and: { nb: 'og', en: 'and' },
  goal_not_started: { nb: 'Ikke startet', en: 'Not started' },
  goal_in_progress: { nb: 'Pågår', en: 'In progress' },
  goal_pending: { nb: 'Venter på godkjenning fra {name}', en: 'Waiting for approval from {name}' },
  goal_pending_you: { nb: 'Venter på godkjenning fra deg', en: 'Waiting for your approval' },
  goal_pending_delegate: {
    nb: 'Venter på godkjenning fra {name} – du godkjenner på vegne av {name}',
    en: 'Waiting for approval from {name} – you approve on behalf of {name}',
  },
  goal_approved: { nb: 'Godkjent', en: 'Approved' },
  goal_returned: { nb: 'Sendt tilbake til {trainee}', en: 'Returned to {trainee}' },
  goal_recalled: { nb: 'Trukket tilbake av {trainee}', en: 'Recalled by {trainee}' },
  approvedBy: { nb: 'Godkjent av {name} {when}.', en: 'Approved by {name} on {when}.' },
  approvedByFor: {
    nb: 'Godkjent av {name} på vegne av {leader} {when}.',
    en: 'Approved by {name} on behalf of {leader} on {when}.',
  },
  approvedPrior: {
    nb: 'Godkjent ved {place} av {name} {when} (registrert i etterkant).',
    en: 'Approved at {place} by {name} on {when} (recorded afterwards).',
  },
  goalReturnedBy: { nb: 'Sendt tilbake av {name} {when}.', en: 'Returned by {name} on {when}.' },
  approveCommentLabel: {
    nb: 'Kommentar (påkrevd ved retur og ved ufullstendig grunnlag)',
    en: 'Comment (required to return, and when the basis is incomplete)',
  },
  recommendLabel: { nb: 'Din anbefaling til leder', en: 'Your recommendation to the leader' },
  approve: { nb: 'Godkjenn', en: 'Approve' },
  recommendApproval: { nb: 'Anbefal godkjenning', en: 'Recommend approval' },
  theLeader: { nb: 'leder', en: 'the leader' },

  // Notifications
  askActivity: {
    nb: '{trainee} ber deg signere en læringsaktivitet.',
    en: '{trainee} asks you to sign a learning activity.',
  },
  askMetActivity: {
    nb: '{trainee} ber deg markere en læringsaktivitet som innfridd.',
    en: '{trainee} asks you to mark a learning activity as met.',
  },
  reminderActivity: {
    nb: 'Påminnelse: {trainee} venter på at du signerer en læringsaktivitet.',
    en: 'Reminder: {trainee} is waiting for you to sign a learning activity.',
  },
  claimsTitle: {
    nb: '{trainee} oppgir at {count} læringsmål er godkjent tidligere',
    en: '{trainee} says {count} {count|learning goal was|learning goals were} approved earlier',
  },
  requestsTitle: {
    nb: '{trainee} ber om godkjenning av {count} læringsmål',
    en: '{trainee} asks for approval of {count} learning {count|goal|goals}',
  },
  requestsWhere: {
    nb: 'Under «hva venter på meg?» finner du hvert av dem, med grunnlaget.',
    en: 'Under "what\'s waiting for me?" you find each of them, with its basis.',
  },
  claimsWhere: {
    nb: 'Godkjent {arenaWhere}: ved {place} av {name} {when}.',
    en: 'Approved {arenaWhere}: at {place} by {name} on {when}.',
  },
  claimsConfirm: {
    nb: 'De teller ikke som godkjent før du har bekreftet dem. Under «hva venter på meg?» bekrefter du dem med Godkjenn, eller sender dem tilbake.',
    en: 'They do not count as approved until you confirm them. Under "what\'s waiting for me?" you confirm them with Approve, or return them.',
  },
  showInbox: { nb: 'Vis hva som venter på meg', en: "Show what's waiting for me" },
  askGoal: {
    nb: '{trainee} ber deg godkjenne et læringsmål.',
    en: '{trainee} asks you to approve a learning goal.',
  },
  reminderGoal: {
    nb: 'Påminnelse: {trainee} venter på godkjenning av et læringsmål.',
    en: 'Reminder: {trainee} is waiting for approval of a learning goal.',
  },
  lisActivityMet: {
    nb: '{name} har markert aktiviteten din som innfridd',
    en: '{name} marked your activity as met',
  },
  lisActivitySigned: { nb: '{name} har signert aktiviteten din', en: '{name} signed your activity' },
  lisActivityReturned: {
    nb: '{name} har sendt aktiviteten din tilbake',
    en: '{name} returned your activity',
  },
  lisGoalApproved: { nb: 'Læringsmålet ditt er godkjent', en: 'Your learning goal is approved' },
  lisGoalsApproved: {
    nb: '{count} av læringsmålene dine er godkjent',
    en: '{count} of your learning goals are approved',
  },
  lisGoalReturned: { nb: 'Læringsmålet ditt er sendt tilbake', en: 'Your learning goal was returned' },
  requestSentFor: { nb: 'Sendt til godkjenning: {goal}.', en: 'Sent for approval: {goal}.' },
  askApprovalForAll: {
    nb: 'Be om godkjenning for alle {count} klare',
    en: 'Ask for approval: all {count} ready',
  },
  requestAllDone: {
    nb: 'Sendt til godkjenning: {goals} ({count} læringsmål).',
    en: 'Sent for approval: {goals} ({count} learning {count|goal|goals}).',
  },
  requestAllNone: { nb: 'Ingenting ble sendt til godkjenning.', en: 'Nothing was sent for approval.' },
  requestAllSkipped: {
    nb: '{skipped} ble ikke sendt fordi {skipped|det|de} var endret i mellomtiden.',
    en: '{skipped} {skipped|was|were} not sent because {skipped|it|they} had changed meanwhile.',
  },
  noLeaderYet: {
    nb: 'Du har ingen leder i appen nå: inviter en med «inviter», så finner lederen forespørselen under «hva venter på meg?».',
    en: 'You have no leader in the app now: invite one with "invite", and the leader will find the request under "what is waiting for me?".',
  },
  err_no_leader_to_ask: {
    nb: 'Du har ingen leder i appen nå. Inviter en med «inviter», og send aktiviteten til lederen etterpå.',
    en: 'You have no leader in the app now. Invite one with "invite", and send the activity to the leader afterwards.',
  },
  err_no_leader: {
    nb: 'Du har ingen leder i appen nå, så ingen å minne på. Inviter en med «inviter»; lederen finner forespørselen under «hva venter på meg?».',
    en: 'You have no leader in the app now, so no one to remind. Invite one with "invite"; the leader will find the request under "what is waiting for me?".',
  },
  reminderSent: { nb: 'Påminnelse sendt til {name}.', en: 'Reminder sent to {name}.' },
  notAllowedToInstall: {
    nb: 'Jeg kan ikke nå {name} i Teams: organisasjonen tillater ikke at jeg installerer appen «LIS» for andre. Be {name} åpne appen selv, eller be Teams-administratoren legge den til i en oppsettpolicy. Forespørselen venter under «hva venter på meg?».',
    en: 'I cannot reach {name} in Teams: your organisation does not let me install the "LIS" app for others. Ask {name} to open the app, or ask your Teams administrator to add it to a setup policy. The request waits under "what needs my approval?".',
  },
  notDelivered: {
    nb: 'Jeg fikk ikke levert forespørselen til {name} i Teams (appen kan være blokkert eller fjernet). Den venter likevel under «hva venter på meg?» når {name} åpner appen «LIS» igjen.',
    en: 'I could not deliver the request to {name} in Teams (the app may be blocked or removed). It still waits under "what needs my approval?" when {name} opens the "LIS" app again.',
  },
  cannotReachInvitee: {
    nb: 'Jeg kan ikke nå {name} i Teams ennå. Be {name} åpne appen «LIS» og skrive «hei» til meg, så finner {name} invitasjonen under «hva venter på meg?».',
    en: 'I cannot reach {name} in Teams yet. Ask {name} to open the "LIS" app and say "hi" to me; they will then find the invitation under "what needs my approval?".',
  },
  cannotReachDelegate: {
    nb: 'Jeg kan ikke gi {name} beskjed i Teams ennå. Når {name} åpner appen «LIS», finner {name} det som venter på godkjenning under «hva venter på meg?».',
    en: 'I cannot tell {name} in Teams yet. When {name} opens the "LIS" app, what waits for approval is under "what needs my approval?".',
  },
  cannotReach: {
    nb: 'Jeg kan ikke nå {name} i Teams ennå. Be {name} åpne appen «LIS» og skrive «hei» til meg, så finner {name} forespørselen under «hva venter på meg?».',
    en: 'I cannot reach {name} in Teams yet. Ask {name} to open the "LIS" app and say "hi" to me; they will then find the request under "what needs my approval?".',
  },

  // History
  historyTitle: { nb: 'Historikk for {goal}', en: 'History of {goal}' },
  historyOlder: {
    nb: 'Her er de {shown} siste hendelsene; {count} eldre er ikke vist.',
    en: 'These are the latest {shown} events; {count} older {count|one is|ones are} not shown.',
  },
  historyEmpty: { nb: 'Ingen hendelser registrert ennå.', en: 'Nothing recorded yet.' },
  historyLine: { nb: '{when} – {who} {what}', en: '{when} – {who} {what}' },
  historyOnBehalf: { nb: '(på vegne av {name})', en: '(on behalf of {name})' },
  backToCard: { nb: 'Tilbake til kortet', en: 'Back to the card' },
  verb_goal_request: { nb: 'ba om godkjenning', en: 'asked for approval' },
  verb_goal_approve: { nb: 'godkjente', en: 'approved' },
  verb_goal_return: { nb: 'sendte tilbake', en: 'returned' },
  verb_goal_undo: { nb: 'angret godkjenningen', en: 'undid the approval' },
  verb_goal_recall: { nb: 'trakk tilbake forespørselen', en: 'recalled the request' },
  verb_goal_recommend: { nb: 'anbefalte godkjenning', en: 'recommended approval' },
  verb_goal_remind: { nb: 'sendte en påminnelse', en: 'sent a reminder' },
  verb_goal_recordPrior: { nb: 'registrerte en tidligere godkjenning', en: 'recorded an earlier approval' },
  verb_activity_markMet: { nb: 'markerte som innfridd', en: 'marked as met' },
  // A delegate undoes a mark on the leader's behalf (a supervisor's own signature is not on anyone's behalf).
  verb_activity_undo: { nb: 'angret markeringen av', en: 'undid the mark of' },
  // "hvilke mål er godkjent?"
  approvedHeadYou: {
    nb: 'Godkjent for deg: {approved} av {total} læringsmål.',
    en: 'Approved for you: {approved} of {total} learning {total|goal|goals}.',
  },
  approvedHeadThey: {
    nb: 'Godkjent for {trainee}: {approved} av {total} læringsmål.',
    en: 'Approved for {trainee}: {approved} of {total} learning {total|goal|goals}.',
  },
  approvedPlan: {
    nb: '**{plan}** ({approved} av {total}): {ids}',
    en: '**{plan}** ({approved} of {total}): {ids}',
  },
  approvedNone: { nb: 'ingen ennå', en: 'none yet' },
  privacyAnswer: {
    nb: 'Hvem ser hva om en LIS her:\n\n- **LIS-en selv, lederen (og den lederen låner bort godkjenningen til) og veilederen** ser fremdriften, aktivitetene, historikken og fraværet.\n- **Supervisørene** ser fremdriften og de aktivitetene de selv skal signere eller har signert, men aldri fraværet.\n- **Referatene fra veiledningssamtaler** ser bare LIS-en og veilederen; lederen ser bare at de ble holdt, og når.\n- **I en teamkanal** ser den som ikke har en rolle for LIS-en, bare navn, fase og hvor mange læringsmål som er godkjent.\n\nFravær og kommentarer sendes aldri til en gruppechat eller kanal. Det som står her, er arbeidsgiverens dokumentasjon av spesialistutdanningen, og hver endring loggføres med hvem og når. Alt som er godkjent, kan du laste ned («eksporter»). Spørsmål om innsyn, retting eller sletting tar du med arbeidsgiveren din, som har tatt appen i bruk.',
    en: 'Who sees what about a LIS here:\n\n- **The LIS, their leader (and whoever the leader lends approval to) and their advisor** see progress, activities, history and absence.\n- **Supervisors** see progress and the activities they are to sign or have signed, never absence.\n- **Minutes of advisory sessions** are seen only by the LIS and the advisor; the leader sees only that they took place, and when.\n- **In a team channel**, someone with no role for the LIS sees only name, phase and how many learning goals are approved.\n\nAbsence and comments are never sent to a group chat or channel. What is here is the employer\'s record of the specialist training, and every change is logged with who and when. You can download everything approved ("export"). Questions about access, correction or deletion go to your employer, who put the app to use.',
  },
  approvedEarlierPlan: {
    nb: 'Godkjent i en tidligere versjon, **{plan}**: {ids}. De teller ikke i planen som følges nå, men er med i eksporten til Kompetanseportalen.',
    en: 'Approved in an earlier version, **{plan}**: {ids}. They do not count in the plan followed now, but are in the export to Kompetanseportalen.',
  },
  approvedMore: {
    nb: '«DEL1-012» viser ett læringsmål med grunnlaget; «hva gjenstår?» det som mangler.',
    en: '"DEL1-012" shows one learning goal with its basis; "what is left?" what is missing.',
  },
  // "jeg skal være veileder for Alex"
  roleClaimHow: {
    nb: 'Du blir {role} når LIS-en inviterer deg: LIS-en skriver «inviter {role}» til meg og velger deg. Invitasjonen kommer her, med «Takk ja» og «Takk nei».',
    en: 'You become {role} when the LIS invites you: they type "invite {role}" to me and pick you. The invitation comes here, with Accept and Decline.',
  },
  roleClaimHowNamed: {
    nb: 'Du blir {role} for {name} når {name} inviterer deg: {name} skriver «inviter {role}» til meg og velger deg. Invitasjonen kommer her, med «Takk ja» og «Takk nei».',
    en: 'You become {role} for {name} when {name} invites you: they type "invite {role}" to me and pick you. The invitation comes here, with Accept and Decline.',
  },
  // "hvilke kurs mangler jeg?"
  coursesTitle: { nb: 'Kurs for {trainee}', en: 'Courses of {trainee}' },
  coursesIntro: {
    nb: '{count} {count|kurs|kurs} registrert, det nyeste først.',
    en: '{count} {count|course|courses} recorded, newest first.',
  },
  coursesNewest: {
    nb: 'Her er de {shown} nyeste av {count} kurs («mine aktiviteter» viser alle).',
    en: 'The newest {shown} of {count} courses ("my activities" shows them all).',
  },
  coursesNoneYou: { nb: 'Du har ikke registrert noe kurs ennå.', en: 'You have recorded no course yet.' },
  coursesNoneThey: {
    nb: '{trainee} har ikke registrert noe kurs ennå.',
    en: '{trainee} has recorded no course yet.',
  },
  coursesCounty: {
    nb: 'For LIS1 i kommunen holder Statsforvalteren kurs i offentlig helsearbeid og kurs i legevaktsmedisin.',
    en: 'For LIS1 in the municipality, Statsforvalteren (the county governor) holds a course in public health work and one in out-of-hours medicine.',
  },
  coursesSpecialty: {
    nb: 'Hvilke kurs spesialiteten krever, står i Helsedirektoratets beskrivelse av spesialiteten.',
    en: 'Which courses the specialty requires is in the Norwegian Directorate of Health’s description of the specialty.',
  },
  coursesCountyMissingYou: {
    nb: 'Ingen av kursene dine nevner ennå {list}.',
    en: 'None of your courses names {list} yet.',
  },
  coursesCountyMissingThey: {
    nb: 'Ingen av kursene til {trainee} nevner ennå {list}.',
    en: 'None of the courses of {trainee} names {list} yet.',
  },
  countyCourse_public_health: { nb: 'offentlig helsearbeid', en: 'public health work' },
  countyCourse_out_of_hours: { nb: 'legevaktsmedisin', en: 'out-of-hours medicine' },
  coursesHow: {
    nb: 'Et kurs dekker sjelden et helt læringsmål: registrer det med «ny aktivitet», og knytt det til læringsmålene det gjelder.',
    en: 'A course seldom covers a whole learning goal: record it with "new activity", and tie it to the goals it concerns.',
  },
  verb_activity_return: { nb: 'sendte tilbake', en: 'returned' },
  // "hva har Patti godkjent for meg?"
  onBehalfHeading: {
    nb: 'Dette er gjort på dine vegne ({n}), det nyeste først:',
    en: 'Done on your behalf ({n}), newest first:',
  },
  onBehalfLine: { nb: '{when} – {who} {what} for {trainee}.', en: '{when} – {who} {what} for {trainee}.' },
  onBehalfComment: { nb: '«{text}»', en: '“{text}”' },
  onBehalfMore: {
    nb: '… og {n} eldre. «historikk DEL1-064» viser all historikk for ett læringsmål.',
    en: '… and {n} older. "history DEL1-064" shows the whole history of one learning goal.',
  },
  onBehalfNone: {
    nb: 'Ingen har godkjent, sendt tilbake eller markert noe på dine vegne.',
    en: 'Nobody has approved, returned or marked anything on your behalf.',
  },
  onBehalfNoneBy: {
    nb: '{name} har ikke godkjent, sendt tilbake eller markert noe på dine vegne.',
    en: '{name} has not approved, returned or marked anything on your behalf.',
  },
  onBehalfNotLeader: {
    nb: 'Du er ikke leder for noen LIS i appen, så ingen godkjenner på dine vegne.',
    en: 'You lead no doctor in training in the app, so nobody approves on your behalf.',
  },
  someone: { nb: 'Ukjent person', en: 'Unknown person' },
  // "hva har jeg godkjent?"
  decidedHeading: {
    nb: 'Læringsmål du har godkjent eller sendt tilbake ({n}), det nyeste først:',
    en: 'Learning goals you approved or returned ({n}), newest first:',
  },
  decidedLine: { nb: '{when} – {what} for {trainee}.', en: '{when} – {what} for {trainee}.' },
  decided_goal_approve: { nb: 'godkjente {goal}', en: 'approved {goal}' },
  decided_goal_return: { nb: 'sendte tilbake {goal}', en: 'returned {goal}' },
  decided_goal_undo: { nb: 'angret godkjenningen av {goal}', en: 'undid the approval of {goal}' },
  decidedMore: {
    nb: '… og {n} eldre. «hva har jeg godkjent for «navn»?» viser det for én LIS.',
    en: '… and {n} older. "what have I approved for «name»?" shows it for one LIS.',
  },
  decidedNotLeader: {
    nb: 'Det er lederen til en LIS (eller en stedfortreder) som godkjenner læringsmål, og du er ikke leder for noen LIS i appen.',
    en: 'The leader of a LIS (or a delegate) approves learning goals, and you lead no doctor in training in the app.',
  },
  decidedNone: {
    nb: 'Du har ikke godkjent eller sendt tilbake noen læringsmål ennå.',
    en: 'You have not approved or returned any learning goals yet.',
  },
  decidedNoneFor: {
    nb: 'Du har ikke godkjent eller sendt tilbake noen læringsmål for {name}.',
    en: 'You have not approved or returned any learning goals for {name}.',
  },
  // "hva har jeg signert?"
  signedHeading: {
    nb: 'Aktiviteter du har signert, sendt tilbake eller markert som innfridd ({n}), det nyeste først:',
    en: 'Activities you signed, returned or marked as met ({n}), newest first:',
  },
  signedLine: {
    nb: '{when} – {outcome} for {trainee}: {kind} {date}, «{what}» ({goals}).',
    en: '{when} – {outcome} for {trainee}: {kind} on {date}, “{what}” ({goals}).',
  },
  signedOutcome_signed: { nb: 'signert', en: 'signed' },
  signedOutcome_returned: { nb: 'sendt tilbake', en: 'returned' },
  signedOutcome_met: { nb: 'markert som innfridd', en: 'marked as met' },
  signedMore: {
    nb: '… og {n} eldre. «hva har jeg signert for «navn»?» viser det du har signert for én LIS.',
    en: '… and {n} older. "what have I signed for «name»?" shows what you signed for one LIS.',
  },
  signedMoreNamed: { nb: '… og {n} eldre.', en: '… and {n} older.' },
  signedNone: {
    nb: 'Du har ikke signert, sendt tilbake eller markert noen aktiviteter ennå.',
    en: 'You have not signed, returned or marked any activities yet.',
  },
  signedNoneFor: {
    nb: 'Du har ikke signert, sendt tilbake eller markert noen aktiviteter for {name}.',
    en: 'You have not signed, returned or marked any activities for {name}.',
  },
  signedNoRole: {
    nb: 'Du har ingen rolle for noen LIS i appen, så du har ikke signert noe her. Er du supervisør, inviterer LIS-en deg fra appen.',
    en: 'You hold no role for any doctor in training in the app, so you have signed nothing here. If you are a supervisor, the LIS invites you from the app.',
  },

  // Inbox
  inboxTitle: { nb: 'Dette venter på deg', en: 'Waiting for you' },
  inboxSummary: { nb: '{count} ting venter på deg.', en: '{count} things are waiting for you.' },
  inboxSummaryOne: { nb: 'Én ting venter på deg.', en: 'One thing is waiting for you.' },
  inboxEmpty: { nb: 'Ingenting venter på deg nå.', en: 'Nothing is waiting for you now.' },
  inboxEmptyLis: {
    nb: 'Hvor langt du har kommet, hva som venter på andre, og hva du kan be om godkjenning for, ser du med «hva gjenstår?».',
    en: 'How far you have come, what waits for others, and what you can ask approval for: type "what is left?".',
  },
  inboxEmptySupervisor: {
    nb: 'Når en LIS ber deg signere en læringsaktivitet, får du et kort her i chatten og signerer rett fra det; det står også her til du har svart.',
    en: 'When a LIS asks you to sign a learning activity, a card comes here in chat and you sign straight from it; it is also listed here until you answer.',
  },
  inboxEmptyLeader: {
    nb: 'Når en LIS ber om godkjenning av et læringsmål eller om signering av en aktivitet, får du et kort her i chatten og svarer rett fra det; det står også her til du har svart.',
    en: 'When a LIS asks you to approve a learning goal or sign an activity, a card comes here in chat and you answer straight from it; it is also listed here until you answer.',
  },
  inboxEmptyAdvisor: {
    nb: 'Når en LIS ber om din vurdering av et læringsmål, får du et kort her i chatten. Veiledningssamtalene ser du med «veiledning».',
    en: 'When a LIS asks for your advice on a learning goal, a card comes here in chat. Your advisory sessions: type "sessions".',
  },
  inboxEmptyNoRole: {
    nb: 'Du har ingen rolle for noen LIS ennå: når en LIS inviterer deg som veileder, supervisør eller leder, kommer invitasjonen hit. Er du LIS selv, skriv «kom i gang».',
    en: 'You hold no role for a LIS yet: when a LIS invites you as advisor, supervisor or leader, the invitation comes here. If you are a LIS yourself, type "get started".',
  },
  inboxShowing: { nb: 'Her er {first}–{last}.', en: 'Showing {first}–{last}.' },
  inboxMore: { nb: 'Vis {count} til', en: 'Show {count} more' },
  inboxPrevious: { nb: 'Vis forrige', en: 'Show previous' },
  inboxGroup: { nb: '{trainee} ({phase})', en: '{trainee} ({phase})' },
  inboxSign: { nb: 'Signer: {what}', en: 'Sign: {what}' },
  inboxApprove: { nb: 'Godkjenn: {goal}', en: 'Approve: {goal}' },
  inboxRecommend: { nb: 'Gi anbefaling: {goal}', en: 'Give advice: {goal}' },
  inboxInvitation: {
    nb: 'Invitasjon: bli {role} for {trainee}',
    en: 'Invitation: become {role} for {trainee}',
  },
  inboxSent: { nb: 'sendt {when}', en: 'sent {when}' },
  inboxReturned: { nb: 'Sendt tilbake til deg: {what}', en: 'Returned to you: {what}' },
  inboxReturnedBy: { nb: 'Av {name} {when}.', en: 'By {name} on {when}.' },
  inboxConfirmRecord: { nb: 'Bekreft: {what}', en: 'Confirm: {what}' },
  inboxRecordedBy: {
    nb: 'Registrert og signert for deg av {name} {when}.',
    en: 'Recorded and signed for you by {name} on {when}.',
  },
  inboxOnBehalfMark: { nb: 'Du markerer på vegne av {name}.', en: 'You mark it on behalf of {name}.' },
  inboxMarkMet: { nb: 'Marker som innfridd: {what}', en: 'Mark as met: {what}' },
  inboxOnBehalf: { nb: 'Du godkjenner på vegne av {name}.', en: 'You approve on behalf of {name}.' },
  inboxClaimed: {
    nb: 'Oppgitt som godkjent tidligere et annet sted: Godkjenn bekrefter det (kortet viser hvor og av hvem).',
    en: 'Stated as approved earlier elsewhere: Approve confirms it (the card shows where and by whom).',
  },
  inboxIncomplete: {
    nb: 'Ufullstendig grunnlag: åpne kortet for å godkjenne med kommentar.',
    en: 'Incomplete basis: open the card to approve with a comment.',
  },
  returnEllipsis: { nb: 'Send tilbake …', en: 'Return …' },
  returnComment: { nb: 'Hvorfor sender du tilbake? (påkrevd)', en: 'Why are you returning it? (required)' },
  open: { nb: 'Åpne kortet', en: 'Open the card' },
  accept: { nb: 'Takk ja', en: 'Accept' },
  decline: { nb: 'Takk nei', en: 'Decline' },
  approveAll: {
    nb: 'Godkjenn alle med fullstendig grunnlag ({count})',
    en: 'Approve all with a complete basis ({count})',
  },
  approveAllConfirm: {
    nb: 'Er du sikker? Disse {count} læringsmålene blir godkjent nå: {goals}.',
    en: 'Are you sure? These {count} learning {count|goal|goals} will be approved now: {goals}.',
  },
  approveAllYes: { nb: 'Ja, godkjenn {count}', en: 'Yes, approve {count}' },
  confirmAll: { nb: 'Bekreft alle ({count})', en: 'Confirm all ({count})' },
  confirmAllConfirm: {
    nb: 'Stemmer disse {count} aktivitetene, registrert og signert for deg? {what}.',
    en: 'Are these {count} {count|activity|activities}, recorded and signed for you, right? {what}.',
  },
  confirmAllYes: { nb: 'Ja, bekreft {count}', en: 'Yes, confirm {count}' },
  confirmAllDone: {
    nb: 'Bekreftet {done} av {count} {count|aktivitet|aktiviteter}.',
    en: 'Confirmed {done} of {count} {count|activity|activities}.',
  },
  confirmAllSkipped: {
    nb: '{skipped} ble ikke bekreftet; venter {skipped|den|de} fortsatt på deg, står {skipped|den|de} i listen under.',
    en: '{skipped} {skipped|was|were} not confirmed; if {skipped|it is|they are} still waiting for you, {skipped|it is|they are} in the list below.',
  },
  approveAllDone: {
    nb: 'Godkjent {done} av {count} læringsmål.',
    en: 'Approved {done} of {count} learning {count|goal|goals}.',
  },
  approveAllSkipped: {
    nb: '{skipped} ble ikke godkjent fordi {skipped|det|de} var endret eller ikke lenger hadde fullstendig grunnlag.',
    en: '{skipped} {skipped|was|were} not approved because {skipped|it|they} had changed or no longer had a complete basis.',
  },
  doneAskedMet: {
    nb: 'Sendt til {name}, som kan markere den som innfridd.',
    en: 'Sent to {name}, who can mark it as met.',
  },
  doneMet: { nb: 'Markert som innfridd: {what}.', en: 'Marked as met: {what}.' },
  doneConfirmedRecord: {
    nb: 'Bekreftet: {what}. Den teller som signert.',
    en: 'Confirmed: {what}. It counts as signed.',
  },
  doneDisputedRecord: {
    nb: 'Bestridt: {what}. Den er trukket tilbake, og {name} har fått beskjed.',
    en: 'Disputed: {what}. It is withdrawn, and {name} has been told.',
  },
  doneSigned: {
    nb: 'Signert: {what}. Signert av {name} {when}.',
    en: 'Signed: {what}. Signed by {name} on {when}.',
  },
  doneReturned: {
    nb: 'Sendt tilbake: {what}. Sendt tilbake av {name} {when}.',
    en: 'Returned: {what}. Returned by {name} on {when}.',
  },
  doneRecommended: { nb: 'Anbefalt godkjent: {what}.', en: 'Recommended for approval: {what}.' },
  undoSign: { nb: 'Angre signeringen …', en: 'Undo the signature …' },
  undoMet: { nb: 'Angre markeringen …', en: 'Undo the mark …' },
  undoSignLabel: {
    nb: 'Hvorfor angrer du? Aktiviteten går tilbake til LIS-en, som får se begrunnelsen og kan rette den og sende den igjen.',
    en: 'Why do you undo it? The activity goes back to the LIS, who sees the reason and can put it right and send it again.',
  },
  undoSignSend: { nb: 'Angre signeringen', en: 'Undo the signature' },
  undoMetSend: { nb: 'Angre markeringen', en: 'Undo the mark' },
  undoneBy: {
    nb: 'Angret av {name} {when}, og sendt tilbake.',
    en: 'Undone by {name} on {when}, and returned.',
  },
  lisActivityUndone: {
    nb: '{name} har angret signeringen av en aktivitet',
    en: '{name} undid the signature of an activity',
  },
  undoApprovalHow: {
    nb: 'En godkjenning gitt ved en feil angrer du fra læringsmålets kort: trykk «Angre godkjenningen …» og skriv hvorfor. LIS-en får beskjed med begrunnelsen, og læringsmålet går tilbake til «pågår». Kortet er der du godkjente, eller skriv ID-en og navnet, for eksempel «DEL1-012 for «navn»». Er læringsmålet alt ført inn i Kompetanseportalen, må det rettes der også.',
    en: 'An approval given by mistake is undone from the learning goal’s card: press “Undo the approval …” and write why. The LIS is told the reason, and the learning goal goes back to in progress. The card is where you approved, or write the ID and the name, for example “DEL1-012 for «name»”. If the goal is already registered in Kompetanseportalen, put it right there too.',
  },
  undoApprovalLis: {
    nb: 'Bare lederen din (eller stedfortrederen) kan angre en godkjenning. Er et læringsmål godkjent ved en feil, si fra til lederen: den angres fra læringsmålets kort, med en begrunnelse du får se.',
    en: 'Only your leader (or their delegate) can undo an approval. If a learning goal was approved by mistake, tell your leader: it is undone from the goal’s card, with a reason you will see.',
  },
  undoApprovalNone: {
    nb: 'Bare lederen til en LIS (eller stedfortrederen) kan angre en godkjenning, fra læringsmålets kort.',
    en: 'Only the leader of a LIS (or their delegate) can undo an approval, from the learning goal’s card.',
  },
  undoLis: {
    nb: 'Sendt noe ved en feil? En forespørsel som venter, trekker du tilbake med «Trekk tilbake» på kortet, eller i fanen. Er en aktivitet signert eller et læringsmål godkjent ved en feil, er det supervisøren eller lederen som angrer det, med en begrunnelse du får se.',
    en: 'Sent something by mistake? A request that is waiting is recalled with “Recall” on its card, or in the tab. If an activity was signed or a goal approved by mistake, the supervisor or the leader undoes it, with a reason you will see.',
  },
  undoNothing: {
    nb: 'Du har ingen rolle i appen ennå, så det er ingenting å angre. Skriv «hjelp» for å se hva jeg kan.',
    en: 'You hold no role in the app yet, so there is nothing to undo. Write “help” to see what I can do.',
  },
  undoSignatureHow: {
    nb: 'En signering gitt ved en feil angrer du fra aktivitetens kort: trykk «Angre signeringen …» og skriv hvorfor. Aktiviteten går tilbake til LIS-en med begrunnelsen, og kan rettes og sendes igjen. Kortet er der du signerte; i fanen står aktiviteten under «Signert eller sendt tilbake av deg». Er et læringsmål alt godkjent med aktiviteten i grunnlaget, må lederen angre den godkjenningen først.',
    en: 'A signature given by mistake is undone from the activity’s card: press “Undo the signature …” and write why. The activity goes back to the LIS with the reason, to be put right and sent again. The card is where you signed; in the tab the activity is under “Signed or returned by you”. If a learning goal is already approved with the activity in its basis, the leader must undo that approval first.',
  },
  undoApproval: { nb: 'Angre godkjenningen …', en: 'Undo the approval …' },
  undoReasonLabel: {
    nb: 'Hvorfor angrer du godkjenningen? LIS-en får se begrunnelsen, og læringsmålet går tilbake til «pågår».',
    en: 'Why do you undo the approval? The LIS sees the reason, and the learning goal goes back to in progress.',
  },
  undoApprovalSend: { nb: 'Angre godkjenningen', en: 'Undo the approval' },
  doneUndone: {
    nb: 'Godkjenningen av {what} er angret av {name}. Læringsmålet er sendt tilbake til LIS-en.',
    en: 'The approval of {what} was undone by {name}. The learning goal is returned to the LIS.',
  },
  doneApproved: {
    nb: 'Godkjent: {what}. Godkjent av {name} {when}.',
    en: 'Approved: {what}. Approved by {name} on {when}.',
  },
  doneAccepted: { nb: 'Du er nå {role} for {trainee}.', en: 'You are now {role} for {trainee}.' },
  doneDeclined: {
    nb: 'Du takket nei til å bli {role} for {trainee}.',
    en: 'You declined to become {role} for {trainee}.',
  },

  // What is left
  progressTitle: { nb: 'Status for {trainee}', en: 'Status for {trainee}' },
  leftYou: {
    nb: 'Du har {remaining} av {total} læringsmål igjen: {waiting}.',
    en: 'You have {remaining} of {total} learning {total|goal|goals} left: {waiting}.',
  },
  leftThey: {
    nb: '{trainee} har {remaining} av {total} læringsmål igjen: {waiting}.',
    en: '{trainee} has {remaining} of {total} learning {total|goal|goals} left: {waiting}.',
  },
  // The last of several clauses: "A, B, og C" (a comma between main clauses, also before "og").
  leftWaitingLast: { nb: '{first}, og {last}', en: '{first} and {last}' },
  leftWaitingApproval: {
    nb: '{pa} læringsmål venter på godkjenning',
    en: '{pa} learning {pa|goal|goals} waiting for approval',
  },
  leftWaitingSignature: {
    nb: '{ps} {ps|aktivitet|aktiviteter} venter på signering',
    en: '{ps} {ps|activity|activities} waiting for sign-off',
  },
  requestsNone: {
    nb: 'Ingen av læringsmålene dine venter på godkjenning nå, så det er ingen forespørsel å trekke tilbake.',
    en: 'None of your learning goals is waiting for approval now, so there is no request to recall.',
  },
  requestsActivities: {
    nb: '{n} {n|aktivitet|aktiviteter} venter på signering. {n|Den|De} trekker du tilbake fra {n|kortet sitt|kortene sine} under «mine aktiviteter».',
    en: '{n} {n|activity is|activities are} waiting for sign-off. You recall {n|it|them} from {n|its card|their cards} under «my activities».',
  },
  requestsCards: {
    nb: '{n} læringsmål venter på godkjenning. Trykk «Trekk tilbake» på {n|kortet|kortet til det du vil ta tilbake}.',
    en: '{n} learning {n|goal is|goals are} waiting for approval. Press «Recall» on {n|its card|the card of the one you want to take back}.',
  },
  requestsListed: {
    nb: '{n} læringsmål venter på godkjenning: {list}. Skriv for eksempel «trekk tilbake {first}», så får du kortet med knappen.',
    en: '{n} learning {n|goal is|goals are} waiting for approval: {list}. Type for example «recall {first}» to get its card with the button.',
  },
  requestsSent: { nb: 'sendt {date}', en: 'sent {date}' },
  goalCardOnly: {
    nb: 'Her er kortet for {goal}. Det du vil gjøre, gjør du med knappene på kortet (en kommentar skriver du der); ingenting av det du skrev, er lagret.',
    en: 'Here is the card of {goal}. What you want to do, you do with the buttons on the card (a comment is written there); nothing of what you wrote has been saved.',
  },
  leftReturned: {
    nb: 'Sendt tilbake til deg med en kommentar: {what}.',
    en: 'Sent back to you with a comment: {what}.',
  },
  returnedActivities: { nb: '{n} {n|aktivitet|aktiviteter}', en: '{n} {n|activity|activities}' },
  returnedGoals: { nb: '{n} læringsmål', en: '{n} {n|learning goal|learning goals}' },
  leftWaitingMet: {
    nb: '{pm} {pm|aktivitet|aktiviteter} venter på å bli markert som innfridd',
    en: '{pm} {pm|activity|activities} waiting to be marked as met',
  },
  leftWaitingNone: {
    nb: 'ingenting venter på godkjenning eller signering nå',
    en: 'nothing is waiting for approval or sign-off now',
  },
  allDoneYou: {
    nb: 'Du har nådd alle {total} læringsmålene. Gratulerer! Før dem inn i Kompetanseportalen: skriv «eksporter til kompetanseportalen».',
    en: 'You have reached all {total} learning {total|goal|goals}. Congratulations! Register them in Kompetanseportalen: write «export to kompetanseportalen».',
  },
  allDoneThey: {
    nb: '{trainee} har nådd alle {total} læringsmålene.',
    en: '{trainee} has reached all {total} learning {total|goal|goals}.',
  },
  /** How long the service has left: weeks when it is under half a year, then months, then years. */
  leftDays: { nb: '{n} {n|dag|dager}', en: '{n} {n|day|days}' },
  leftWeeks: { nb: '{n} {n|uke|uker}', en: '{n} {n|week|weeks}' },
  leftMonths: { nb: '{n} {n|måned|måneder}', en: '{n} {n|month|months}' },
  leftYears: { nb: '{n} år', en: '{n} {n|year|years}' },
  leftYearsMonths: {
    nb: '{y} år og {m} {m|måned|måneder}',
    en: '{y} {y|year|years} and {m} {m|month|months}',
  },
  weeksLeftOnTrack: {
    nb: '{left} igjen av tjenesten – {who} ligger an til å bli ferdig.',
    en: '{left} of service left – {who} on track to finish.',
  },
  weeksLeftElsewhere: {
    nb: '{left} igjen av tjenesten – {count} læringsmål må godkjennes av en annen arbeidsgiver (se kortet).',
    en: '{left} of service left – {count} learning {count|goal|goals} must be approved by another employer (see the card).',
  },
  weeksLeftAtRisk: {
    nb: '{left} igjen av tjenesten – i dette tempoet blir {who2} ikke ferdig i tide.',
    en: '{left} of service left – at this pace {who2} will not finish in time.',
  },
  weeksLeftNoAdvisor: {
    nb: '{left} igjen av tjenesten – og ingen veileder er oppnevnt, det kreves gjennom hele spesialiseringen.',
    en: '{left} of service left – and no advisor is appointed, one is required throughout the specialty.',
  },
  weeksLeftNoneYet: {
    nb: '{left} igjen av tjenesten – og ingen læringsmål er godkjent i denne tjenesten ennå.',
    en: '{left} of service left – and no learning goal is approved in this service yet.',
  },
  weeksLeftUnknown: {
    nb: '{left} igjen av tjenesten.',
    en: '{left} of service left.',
  },
  serviceEnded: { nb: 'Tjenesteperioden er over.', en: 'The service period has ended.' },
  serviceEndedLeftYou: {
    nb: 'Tjenesteperioden er over før alle læringsmålene er nådd: snakk med lederen din om hvordan de skal nås.',
    en: 'The service period ended before every learning goal was reached: talk to your leader about how to reach them.',
  },
  serviceEndedLeftThey: {
    nb: 'Tjenesteperioden er over før alle læringsmålene er nådd.',
    en: 'The service period ended before every learning goal was reached.',
  },
  serviceStarts: {
    nb: 'Tjenesteperioden starter {date}.',
    en: 'The service period starts on {date}.',
  },
  whoYou: { nb: 'du', en: 'you are' },
  whoYou2: { nb: 'du', en: 'you' },
  approvedOf: { nb: '{approved} av {total} godkjent', en: '{approved} of {total} approved' },
  leftOf: { nb: '{remaining} igjen av {total}', en: '{remaining} left of {total}' },
  pendingCount: { nb: '{count} venter', en: '{count} waiting' },
  pendingForYou: { nb: '{count} venter ({mine} på deg)', en: '{count} waiting ({mine} for you)' },
  themesLeft: { nb: 'Igjen per tema: {list}', en: 'Left per theme: {list}' },
  themesMore: { nb: 'og {count} temaer til', en: 'and {count} more themes' },
  pendingHeading: { nb: 'Venter på andre', en: 'Waiting for others' },
  othersWaitingHeading: { nb: 'Venter på deg hos andre LIS', en: 'Waiting for you from other LIS' },
  othersWaitingLine: {
    nb: '{name}: {count} venter på deg',
    en: '{name}: {count} waiting for you',
  },
  othersWaitingOpen: { nb: 'Åpne det som venter på deg', en: 'Open what waits for you' },
  leftOthersWaiting: {
    nb: 'Hos andre LIS venter {count} på deg.',
    en: '{count} waiting for you from other LIS.',
  },
  returnedHeading: { nb: 'Sendt tilbake til deg', en: 'Returned to you' },
  returnedActivityLine: {
    nb: 'Aktiviteten «{what}» ble sendt tilbake av {who} {when}.',
    en: 'The activity “{what}” was returned by {who} on {when}.',
  },
  undoneActivityLine: {
    nb: 'Signeringen av aktiviteten «{what}» ble angret av {who} {when}.',
    en: 'The signature of the activity “{what}” was undone by {who} on {when}.',
  },
  undoneGoalLine: {
    nb: 'Godkjenningen av {what} ble angret av {who} {when}.',
    en: 'The approval of {what} was undone by {who} on {when}.',
  },
  goalUndoneBy: {
    nb: 'Godkjenningen ble angret av {name} {when}.',
    en: 'The approval was undone by {name} on {when}.',
  },
  lisGoalUndone: {
    nb: 'Godkjenningen av læringsmålet ditt er angret',
    en: 'The approval of your learning goal was undone',
  },
  returnedGoalLine: {
    nb: 'Læringsmålet {what} ble sendt tilbake av {who} {when}.',
    en: 'The learning goal {what} was returned by {who} on {when}.',
  },
  openReturned: { nb: 'Åpne: {what}', en: 'Open: {what}' },
  /** "deg" where a sentence names the reader as its object ("godkjenning fra deg"). */
  youObject: { nb: 'deg', en: 'you' },
  pendingAlsoBy: {
    nb: '{names} kan også godkjenne, på vegne av {leader}',
    en: '{names} can approve it too, on behalf of {leader}',
  },
  pendingAlsoYou: {
    nb: 'Du kan også godkjenne, på vegne av {leader}',
    en: 'You can approve it too, on behalf of {leader}',
  },
  pendingApprovalLine: {
    nb: '{what}: godkjenning fra {who}, sendt {when}',
    en: '{what}: approval from {who}, sent {when}',
  },
  linesMore: {
    nb: '… og {count} til (alle står i fanen).',
    en: '… and {count} more (the tab lists them all).',
  },
  pendingMetLine: {
    nb: '{what}: markering som innfridd fra {who}, sendt {when}',
    en: '{what}: to be marked as met by {who}, sent {when}',
  },
  pendingSignatureLine: {
    nb: '{what}: signering fra {who}, sendt {when}',
    en: '{what}: sign-off from {who}, sent {when}',
  },
  pendingInvitation: {
    nb: 'Invitasjon som {role}: svar fra {name}, sendt {when} (gjelder til og med {last})',
    en: 'Invitation as {role}: an answer from {name}, sent {when} (open until {last})',
  },
  invitationLapsedToYou: {
    nb: 'Invitasjonen til {name} som {role} gikk ut {from} uten svar, så {name} har ingen rolle for deg. Skriv «roller» for å invitere på nytt med ett klikk.',
    en: 'The invitation to {name} as {role} ran out unanswered on {from}, so {name} holds no role for you. Type "roles" to invite again in one click.',
  },
  invitationsLapsedToYou: {
    nb: '{count} invitasjoner gikk ut uten svar ({names}), så de har ingen rolle for deg. Skriv «roller» for å invitere på nytt med ett klikk.',
    en: '{count} invitations ran out unanswered ({names}), so they hold no role for you. Type "roles" to invite again in one click.',
  },
  pendingInvitationLapsed: {
    nb: 'Invitasjonen til {name} som {role} gikk ut {last} uten svar: skriv «roller» for å invitere på nytt med ett klikk.',
    en: 'The invitation to {name} as {role} ran out unanswered on {last}: type "roles" to invite again in one click.',
  },
  nothingPending: { nb: 'Ingenting venter på andre nå.', en: 'Nothing is waiting for others now.' },
  milestone: { nb: 'Neste milepæl', en: 'Next milestone' },
  milestone_intro: { nb: 'Oppstartsmøte', en: 'Introductory meeting' },
  milestone_halfway: { nb: 'Halvveisevaluering', en: 'Halfway evaluation' },
  milestone_final: { nb: 'Sluttevaluering', en: 'Final evaluation' },
  milestones: { nb: 'Milepæler', en: 'Milestones' },
  milestoneDoneLine: {
    nb: '{milestone} {date}: gjennomført, markert av {name} {when}.',
    en: '{milestone} {date}: held, marked by {name} on {when}.',
  },
  milestoneOverdueLine: {
    nb: '⚠ {milestone} {date}: forsinket – ikke markert som gjennomført.',
    en: '⚠ {milestone} {date}: overdue – not marked as held.',
  },
  milestoneSoonLine: { nb: '{milestone} {date}: snart.', en: '{milestone} {date}: soon.' },
  milestoneLaterLine: { nb: '{milestone} {date}.', en: '{milestone} {date}.' },
  milestoneMark: { nb: 'Marker {milestone} som gjennomført …', en: 'Mark {milestone} as held …' },
  milestoneNoteLabel: { nb: 'Kort notat (valgfritt)', en: 'Short note (optional)' },
  milestoneMarkYes: { nb: 'Marker som gjennomført', en: 'Mark as held' },
  milestoneMarked: { nb: '{milestone} er markert som gjennomført.', en: '{milestone} is marked as held.' },
  milestoneDoneToYou: {
    nb: '{name} har markert {milestone} som gjennomført.',
    en: '{name} has marked the {milestone} as held.',
  },
  milestoneReminderYou: {
    nb: 'Påminnelse: {milestones} nærmer seg eller er forsinket. Avtal et tidspunkt med lederen og veilederen din.',
    en: 'Reminder: your {milestones} {milestoneCount|is|are} near or overdue. Agree on a time with your leader and advisor.',
  },
  milestoneReminderMany: {
    nb: 'Påminnelse: milepæler for {trainees} nærmer seg eller er forsinket. Skriv «hva gjenstår for …» med navnet for å se og markere dem.',
    en: 'Reminder: milestones for {trainees} are near or overdue. Type "what is left for …" with the name to see and mark them.',
  },
  milestoneReminderThey: {
    nb: 'Påminnelse: {milestones} for {trainee} nærmer seg eller er forsinket. Marker {milestoneCount|den|dem} som gjennomført når {milestoneCount|den|de} er holdt («hva gjenstår for {trainee}?»).',
    en: 'Reminder: the {milestones} for {trainee} {milestoneCount|is|are} near or overdue. Mark {milestoneCount|it|them} as held when {milestoneCount|it has|they have} taken place ("what is left for {trainee}?").',
  },
  err_milestone_not_found: { nb: 'Fant ikke denne milepælen.', en: 'This milestone was not found.' },
  err_milestone_done: {
    nb: 'Milepælen er allerede markert som gjennomført.',
    en: 'The milestone is already marked as held.',
  },
  err_note_too_long: {
    nb: 'Notatet er for langt (høyst 500 tegn).',
    en: 'The note is too long (at most 500 characters).',
  },
  absence: { nb: 'Fravær', en: 'Absence' },
  absenceKind_holiday: { nb: 'ferie', en: 'holiday' },
  absenceKind_sick: { nb: 'sykefravær', en: 'sick leave' },
  absenceKind_leave: { nb: 'permisjon', en: 'leave' },
  absenceKind_other: { nb: 'annet fravær', en: 'other absence' },
  absenceSoFar: { nb: 'Fravær så langt', en: 'Absence so far' },
  absenceSoFarMost: {
    nb: 'Fravær så langt: de {shown} med mest av dine {count} LIS (alle står i fanen «Fremdrift»)',
    en: 'Absence so far: the {shown} with the most of your {count} LIS (all are in the Progress tab)',
  },
  absenceTitle: { nb: 'Registrer fravær', en: 'Record absence' },
  absenceIntro: {
    nb: 'Fravær registreres av leder. Oppgi bare datoer og type – aldri diagnose eller årsak. Kurs og utdanningsaktiviteter er tjeneste, ikke fravær.',
    en: 'Absence is recorded by the leader. Give only dates and the kind – never a diagnosis or a reason. Courses and training count as service, not absence.',
  },
  absenceFor: { nb: 'LIS', en: 'LIS' },
  absenceFrom: { nb: 'Fra og med', en: 'From' },
  absenceTo: { nb: 'Til og med', en: 'To' },
  absenceKind: { nb: 'Type', en: 'Kind' },
  absenceSubmit: { nb: 'Registrer', en: 'Record' },
  absenceRecorded: {
    nb: 'Registrert: {absenceKind} {from}–{to} for {trainee}. Nå {days} {days|dag|dager} fravær ({percent} % av tjenestetiden).',
    en: 'Recorded: {absenceKind} {from}–{to} for {trainee}. Now {days} {days|day|days} of absence ({percent} % of the service).',
  },
  serviceTitle: { nb: 'Tjeneste for {trainee}', en: 'Service of {trainee}' },
  serviceNow: { nb: 'nå', en: 'now' },
  servicePart_hospital: {
    nb: 'Sykehusdelen: {days} av {needed} {needed|dag|dager} i heltid',
    en: 'Hospital part: {days} of {needed} full-time days',
  },
  servicePart_hospitalPsychiatry: {
    nb: 'Sykehusdelen (med psykiatri): {days} av {needed} {needed|dag|dager} i heltid',
    en: 'Hospital part (psychiatry included): {days} of {needed} full-time days',
  },
  servicePart_municipality: {
    nb: 'Kommunedelen: {days} av {needed} {needed|dag|dager} i heltid',
    en: 'Municipality part: {days} of {needed} full-time days',
  },
  periodSetting: {
    nb: 'I kommunen: allmennpraksis eller institusjon?',
    en: 'In the municipality: general practice or an institution?',
  },
  periodSetting_general_practice: {
    nb: 'Åpen, uselektert allmennpraksis',
    en: 'Open, unselected general practice',
  },
  periodSetting_institution: {
    nb: 'Institusjon (sykehjem o.l.)',
    en: 'Institution (nursing home etc.)',
  },
  serviceTime: { nb: 'Tjenestetid', en: 'Service time' },
  servicePart_general_practice: {
    nb: 'Åpen, uselektert allmennpraksis: {days} av minst {needed} {needed|dag|dager} i heltid',
    en: 'Open, unselected general practice: {days} of at least {needed} full-time days',
  },
  servicePart_institution: {
    nb: 'Institusjon (sykehus, sykehjem o.l.): {days} av minst {needed} {needed|dag|dager} i heltid',
    en: 'Institution (hospital, nursing home etc.): {days} of at least {needed} full-time days',
  },
  serviceChangedToLeader: {
    nb: '{trainee} har endret tjenesten sin i appen: nå {from}–{to}, {percent} %, {position}. Tjenesteperiodene ser du med «tjenesteperioder for {trainee}».',
    en: '{trainee} changed their service in the app: now {from}–{to}, {percent} %, {position}. Type "service periods for {trainee}" to see the periods.',
  },
  serviceOwnHint: {
    nb: 'Ny stillingsprosent, stilling eller nytt arbeidssted fra en dato? Skriv «endre registrering» og la tjenesten starte den dagen: perioden før blir stående som en tidligere periode.',
    en: 'A new percentage, position or workplace from a date? Type "edit registration" and let the service start that day: the period before stays as an earlier period.',
  },
  servicePartNotEntered: {
    nb: 'Sykehusdelen: ikke registrert her. Lederen kan legge den inn som en tidligere periode.',
    en: 'Hospital part: not entered here. The leader can add it as an earlier period.',
  },
  /** A part whose period runs on: served so far, and what it will be. */
  servicePartSoFar: {
    nb: '{part} hittil, {planned} når perioden er slutt',
    en: '{part} so far, {planned} when the period ends',
  },
  serviceAbsence: {
    nb: 'fravær {days} {days|dag|dager} ({percent} %)',
    en: 'absence {days} {days|day|days} ({percent} %)',
  },
  absenceEntries: { nb: 'Registrert fravær', en: 'Recorded absence' },
  periodRemove: { nb: 'Fjern perioden …', en: 'Remove the period …' },
  periodRemoveAsk: {
    nb: 'Fjerne perioden {period}? Det er en rettelse: hendelsesloggen beholder hva den var.',
    en: 'Remove the period {period}? It is a correction: the audit trail keeps what it was.',
  },
  periodRemoveYes: { nb: 'Ja, fjern perioden', en: 'Yes, remove the period' },
  absenceRemove: { nb: 'Fjern …', en: 'Remove …' },
  absenceRemoveAsk: {
    nb: 'Fjerne fraværet {period}? Det er en rettelse: hendelsesloggen beholder hva det var, og LIS-en får vite det.',
    en: 'Remove the absence {period}? It is a correction: the audit trail keeps what it was, and the LIS is told.',
  },
  absenceRemoveYes: { nb: 'Ja, fjern fraværet', en: 'Yes, remove the absence' },
  periodAdd: { nb: 'Legg til en tidligere periode …', en: 'Add an earlier period …' },
  periodPlace: { nb: 'Sted', en: 'Place' },
  periodWorkplace: { nb: 'Arbeidssted (navn)', en: 'Workplace (name)' },
  periodAdded: { nb: 'Perioden er lagret.', en: 'The period is saved.' },
  periodRemoved: { nb: 'Perioden er fjernet.', en: 'The period is removed.' },
  absenceRemoved: {
    nb: 'Fraværet er fjernet, og {trainee} har fått vite det.',
    en: 'The absence is removed, and {trainee} has been told.',
  },
  absenceRemovedToYou: {
    nb: '{name} har fjernet fraværet {from}–{to} (en rettelse). Du har nå {days} {days|dag|dager} fravær ({percent} % av tjenestetiden).',
    en: '{name} removed the absence {from}–{to} (a correction). You now have {days} {days|day|days} of absence ({percent} % of the service).',
  },
  err_not_allowed_service: {
    nb: 'Tjenesteperioder registreres av lederen (eller stedfortreder) for LIS-en.',
    en: 'Service periods are recorded by the LIS’s leader (or a delegate).',
  },
  err_period_overlap: {
    nb: 'Perioden overlapper en periode som allerede er registrert.',
    en: 'The period overlaps one already recorded.',
  },
  err_period_after_current: {
    nb: 'En tidligere periode må slutte før den nåværende tjenesten starter.',
    en: 'An earlier period must end before the current service starts.',
  },
  err_no_such_period: { nb: 'Fant ikke den perioden.', en: 'That period was not found.' },
  err_no_such_absence: { nb: 'Fant ikke det fraværet.', en: 'That absence was not found.' },
  absenceRecordedToYou: {
    nb: '{name} har registrert {absenceKind} {from}–{to}. Du har nå {days} {days|dag|dager} fravær ({percent} % av tjenestetiden).',
    en: '{name} recorded {absenceKind} {from}–{to}. You now have {days} {days|day|days} of absence ({percent} % of the service).',
  },
  absenceWarnToYou: {
    nb: 'Fraværet er nær grensen på {limit} %. Snakk med lederen din før du planlegger mer fri.',
    en: 'Your absence is close to the {limit} % limit. Talk to your leader before planning more time off.',
  },
  absenceOverToYou: {
    nb: 'Fraværet er over grensen på {limit} %: tjenesten må forlenges med {owed} {owed|dag|dager} (resttjeneste).',
    en: 'Your absence is over the {limit} % limit: the service must be extended by {owed} {owed|day|days}.',
  },
  absenceLevelToLeader: {
    nb: 'Fraværet til {trainee} er nå {percent} % av tjenestetiden (grensen er {limit} %).',
    en: 'The absence of {trainee} is now {percent} % of the service (the limit is {limit} %).',
  },
  sessionsTitle: { nb: 'Veiledningssamtaler – {trainee}', en: 'Advisory sessions – {trainee}' },
  sessionsOlder: {
    nb: '{count} eldre {count|samtale|samtaler} er ikke vist her (alle står i fanen).',
    en: '{count} earlier {count|session is|sessions are} not shown here (the tab lists them all).',
  },
  sessionsNone: { nb: 'Ingen veiledningssamtaler ennå.', en: 'No advisory sessions yet.' },
  sessionsPrivate: {
    nb: 'Innholdet er mellom LIS og veileder; du ser at samtalene er holdt, og når.',
    en: 'The content is between the LIS and the advisor; you see that sessions took place, and when.',
  },
  sessionForm_individual: { nb: 'individuell veiledning', en: 'individual' },
  sessionForm_group: { nb: 'gruppeveiledning', en: 'group' },
  sessionHeading: {
    nb: '{date} · {form} · {hours} t · {status}',
    en: '{date} · {form} · {hours} h · {status}',
  },
  sessionPlanned: { nb: 'planlagt', en: 'planned' },
  sessionNotFinalised: { nb: 'referat ikke ferdigstilt', en: 'minutes not finalised' },
  sessionHeld: { nb: 'referat ferdigstilt', en: 'minutes finalised' },
  sessionDraft: { nb: 'referat under arbeid', en: 'minutes in progress' },
  sessionTopics: { nb: 'Tema: {text}', en: 'Topics: {text}' },
  sessionPreparation: { nb: 'Forberedelse (LIS): {text}', en: 'Preparation (LIS): {text}' },
  sessionMinutes: { nb: 'Referat ({name}): {text}', en: 'Minutes ({name}): {text}' },
  sessionPrepare: { nb: 'Skriv forberedelse …', en: 'Write a preparation …' },
  sessionPrepareLabel: { nb: 'Hva vil du ta opp?', en: 'What do you want to raise?' },
  sessionWriteMinutes: { nb: 'Skriv referat …', en: 'Write the minutes …' },
  sessionMinutesLabel: { nb: 'Referat', en: 'Minutes' },
  sessionSaveDraft: { nb: 'Lagre utkast', en: 'Save a draft' },
  sessionFinalise: { nb: 'Lagre og ferdigstill', en: 'Save and finalise' },
  sessionSave: { nb: 'Lagre', en: 'Save' },
  sessionMove: { nb: 'Flytt eller avlys …', en: 'Move or call off …' },
  sessionMoveLabel: { nb: 'Ny dato', en: 'New date' },
  sessionMoveSubmit: { nb: 'Flytt', en: 'Move' },
  sessionCancelSubmit: { nb: 'Avlys samtalen', en: 'Call off the session' },
  sessionSchedule: { nb: 'Avtal ny veiledningssamtale …', en: 'Schedule an advisory session …' },
  sessionDate: { nb: 'Dato', en: 'Date' },
  sessionFormLabel: { nb: 'Form', en: 'Form' },
  sessionHours: { nb: 'Varighet (timer)', en: 'Duration (hours)' },
  sessionTopicsLabel: { nb: 'Tema', en: 'Topics' },
  sessionCountsNoTarget: {
    nb: 'Individuelle veiledningssamtaler: {individual} ({individualHours} t). Gruppeveiledning: {groupHours} t.',
    en: 'Individual advisory sessions: {individual} ({individualHours} h). Group guidance: {groupHours} h.',
  },
  sessionCounts: {
    // A label and a number: right for 1 as for 4 ("1 samtaler" was not).
    nb: 'Individuelle veiledningssamtaler: {individual} ({individualHours} t). Gruppeveiledning: {groupHours} av {groupRequired} t.',
    en: 'Individual advisory sessions: {individual} ({individualHours} h). Group guidance: {groupHours} of {groupRequired} h.',
  },
  // Only the LIS and the advisor change a session, so the one told knows whose it is: no «(for …)».
  sessionPreparedToAdvisor: {
    nb: '{trainee} har skrevet forberedelsen til veiledningssamtalen {from}. Skriv «veiledning med {trainee}» for å lese den.',
    en: '{trainee} wrote the preparation for the advisory session on {from}. Type "sessions with {trainee}" to read it.',
  },
  sessionScheduledToYou: {
    nb: '{name} har avtalt en veiledningssamtale med deg {from}. Skriv «veiledning» for å se den.',
    en: '{name} scheduled an advisory session with you on {from}. Type "advisory sessions" to see it.',
  },
  sessionMovedToYou: {
    nb: '{name} har flyttet veiledningssamtalen deres {from} til {to}. Skriv «veiledning» for å se den.',
    en: '{name} moved your advisory session on {from} to {to}. Type "advisory sessions" to see it.',
  },
  sessionCancelledToYou: {
    nb: '{name} har avlyst veiledningssamtalen deres {from}.',
    en: '{name} called off your advisory session on {from}.',
  },
  minutesReminder: {
    nb: 'Påminnelse: referatet fra veiledningssamtalen med {trainee} {from} er ikke ferdigstilt. Skriv «veiledning med {trainee}» for å skrive og ferdigstille det, eller avlys samtalen om den ikke ble holdt.',
    en: 'Reminder: the minutes of the advisory session with {trainee} on {from} are not finalised. Type "sessions with {trainee}" to write and finalise them, or call the session off if it was not held.',
  },
  minutesReminderMany: {
    nb: 'Påminnelse: {count} veiledningssamtaler med {trainees} mangler ferdigstilt referat. Skriv «veiledning» for å skrive og ferdigstille dem.',
    en: 'Reminder: {count} advisory sessions with {trainees} have no finalised minutes. Type "sessions" to write and finalise them.',
  },
  sessionFinalisedToYou: {
    nb: '{name} har ferdigstilt referatet fra veiledningssamtalen {from}.',
    en: '{name} finalised the minutes of the advisory session on {from}.',
  },
  sessionSaved: { nb: 'Lagret.', en: 'Saved.' },
  doneSessionScheduled: {
    nb: 'Avtalt: veiledningssamtale {date}.',
    en: 'Scheduled: advisory session on {date}.',
  },
  doneSessionMoved: { nb: 'Flyttet: samtalen er nå {date}.', en: 'Moved: the session is now on {date}.' },
  doneSessionCancelled: { nb: 'Avlyst: samtalen {date}.', en: 'Called off: the session on {date}.' },
  doneSessionFinalised: {
    nb: 'Ferdigstilt: referatet fra samtalen {date}. Det kan ikke endres lenger.',
    en: 'Finalised: the minutes of the session on {date}. They can no longer be changed.',
  },
  sessionTextNotSaved: {
    nb: 'Dette skrev du, og det ble ikke lagret: {text}',
    en: 'You wrote this, and it was not saved: {text}',
  },
  sessionsMore: {
    nb: 'Her er veiledningssamtalene til {shown} av dine {count} LIS. For en av de andre: skriv «veiledning med» og navnet, eller se fanen.',
    en: 'Here are the advisory sessions of {shown} of your {count} LIS. For one of the others, write «sessions with» and the name, or see the tab.',
  },
  noSessionsForYou: {
    nb: 'Du har ingen LIS å se veiledningssamtaler for: de ser LIS-en, veilederen og lederen (bare datoene).',
    en: 'You have no LIS to see advisory sessions for: the LIS, the advisor and the leader (the dates only) see them.',
  },
  err_bad_hours: {
    nb: 'Varigheten må være fra 0,25 til 8 timer.',
    en: 'The duration must be from 0.25 to 8 hours.',
  },
  err_topics_required: { nb: 'Skriv hva samtalen skal handle om.', en: 'Write what the session is about.' },
  err_text_too_long: {
    nb: 'Teksten er for lang (høyst 4000 tegn; tema høyst 500).',
    en: 'The text is too long (at most 4000 characters; topics at most 500).',
  },
  err_finalised: {
    nb: 'Referatet er ferdigstilt; samtalen kan ikke endres.',
    en: 'The minutes are finalised; the session cannot be changed.',
  },
  err_session_held: {
    nb: 'Referatet er skrevet, så samtalen er holdt: den kan ikke flyttes eller avlyses.',
    en: 'The minutes are written, so the session was held: it cannot be moved or called off.',
  },
  err_session_cancelled: {
    nb: 'Samtalen er avlyst. Avtal en ny med «veiledning».',
    en: 'The session was called off. Schedule a new one with "advisory sessions".',
  },
  err_not_held_yet: {
    nb: 'Referatet skrives når samtalen er holdt.',
    en: 'The minutes are written once the session has been held.',
  },
  err_minutes_required: {
    nb: 'Skriv referatet før du ferdigstiller.',
    en: 'Write the minutes before finalising.',
  },
  scopeLeft: {
    nb: '{where} gjenstår {remaining} av {total} læringsmål.',
    en: '{where}: {remaining} of {total} learning {total|goal|goals} left.',
  },
  scopeLeftPending: {
    nb: '{where} gjenstår {remaining} av {total} læringsmål; {pending} venter på godkjenning.',
    en: '{where}: {remaining} of {total} learning {total|goal|goals} left; {pending} waiting for approval.',
  },
  scopeNoArena: {
    nb: 'Ingen av læringsmålene dine godkjennes {where}.',
    en: 'None of your learning goals is approved {where}.',
  },
  scopeNoPlan: {
    nb: 'Du følger ingen læringsmålplan for {plan}.',
    en: 'You follow no learning goal plan for {plan}.',
  },
  scopeInPlan: { nb: 'I {plan}', en: 'In {plan}' },
  scopeInTheme: { nb: 'I temaet {theme}', en: 'In the theme {theme}' },
  scopeNoTheme: {
    nb: 'Ingen av læringsmålplanene du følger har temaet {theme}.',
    en: 'None of the learning goal plans you follow has the theme {theme}.',
  },
  planFkm: { nb: 'felles kompetansemål (FKM)', en: 'the common competence goals (FKM)' },
  planGp: { nb: 'allmennmedisin', en: 'general practice' },
  exportTitle: {
    nb: 'Godkjente læringsmål – til registrering i Kompetanseportalen',
    en: 'Approved learning goals – for registration in Kompetanseportalen',
  },
  exportIntro: {
    nb: '{count} godkjente læringsmål, i læringsmålplanenes rekkefølge, med grunnlaget for hver godkjenning.',
    en: '{count} approved learning {count|goal|goals}, in the order of their plans, with the basis of each approval.',
  },
  exportSheet: { nb: 'Godkjente læringsmål', en: 'Approved learning goals' },
  exportLis: { nb: 'LIS', en: 'LIS' },
  exportPlan: { nb: 'Læringsmålplan', en: 'Learning goal plan' },
  exportGoalId: { nb: 'ID', en: 'ID' },
  exportGoal: { nb: 'Læringsmål', en: 'Learning goal' },
  exportApprovedAt: { nb: 'Godkjent dato', en: 'Approved on' },
  exportApprover: { nb: 'Godkjent av', en: 'Approved by' },
  exportOnBehalf: { nb: 'På vegne av', en: 'On behalf of' },
  exportRecordedFrom: { nb: 'Godkjent tidligere ved', en: 'Approved earlier at' },
  exportAdvisor: { nb: 'Veileders anbefaling', en: 'Advisor’s recommendation' },
  exportActivities: {
    nb: 'Signerte aktiviteter (supervisør, dato)',
    en: 'Signed activities (supervisor, date)',
  },
  exportWhere: {
    nb: 'Eksporten til Kompetanseportalen lager du i fanen «LIS»: for én LIS (åpne LIS-en) eller for alle dine LIS siden en dato, som regneark (XLSX) eller PDF.',
    en: 'You make the export for Kompetanseportalen in the “LIS” tab: for one LIS (open it) or for all your LIS since a date, as a spreadsheet (XLSX) or PDF.',
  },
  exportWhereLis: {
    nb: 'Eksporten til Kompetanseportalen lager du i fanen «LIS», under «Til Kompetanseportalen»: de godkjente læringsmålene dine som regneark (XLSX) eller PDF, klare til å føres inn.',
    en: 'You make the export for Kompetanseportalen in the “LIS” tab, under “For Kompetanseportalen”: your approved learning goals as a spreadsheet (XLSX) or PDF, ready to enter.',
  },
  exportWhose: {
    nb: 'Eksporten til Kompetanseportalen lages av LIS-en selv, eller av lederen for sine LIS.',
    en: 'The export for Kompetanseportalen is made by the LIS, or by the leader for their LIS.',
  },
  confirmRecordAsk: {
    nb: '{name} har registrert og signert en læringsaktivitet for deg. Bekreft den, eller bestrid den om den ikke stemmer.',
    en: '{name} recorded and signed a learning activity for you. Confirm it, or dispute it if it is not right.',
  },
  recordDisputedToYou: {
    nb: '{trainee} har bestridt aktiviteten du registrerte: «{what}». Den er trukket tilbake.',
    en: '{trainee} disputed the activity you recorded: “{what}”. It is withdrawn.',
  },
  act_byLisPending: {
    nb: 'Registrert og signert av {name} på vegne av {trainee} – venter på at {trainee} bekrefter',
    en: 'Recorded and signed by {name} for {trainee} – waiting for {trainee} to confirm',
  },
  act_byLisPendingYou: {
    nb: 'Registrert og signert av {name} på dine vegne – venter på at du bekrefter',
    en: 'Recorded and signed by {name} for you – waiting for you to confirm',
  },
  act_disputed: { nb: 'Bestridt av {trainee} og trukket tilbake', en: 'Disputed by {trainee} and withdrawn' },
  confirmRecord: { nb: 'Bekreft', en: 'Confirm' },
  disputeRecord: { nb: 'Bestrid …', en: 'Dispute …' },
  disputeConfirm: {
    nb: 'Stemmer ikke aktiviteten? Den trekkes da tilbake og teller ikke, og {name} får beskjed.',
    en: 'Is the activity not right? It is then withdrawn and does not count, and {name} is told.',
  },
  disputeYes: { nb: 'Ja, bestrid', en: 'Yes, dispute' },
  supervisorRecorded: {
    nb: 'Registrert og signert for {trainee}: «{what}» ({goals}), datert {date}. {trainee} får et kort for å bekrefte den.',
    en: 'Recorded and signed for {trainee}: “{what}” ({goals}), dated {date}. {trainee} gets a card to confirm it.',
  },
  supervisorRecordNoGoals: {
    nb: 'Skriv hvilke læringsmål aktiviteten gjelder, for eksempel: «signer Alex: sutur av kuttskade på legevakt i dag, DEL1-012».',
    en: 'Write which learning goals the activity is for, for example: "sign Alex: suturing a cut in the emergency room today, DEL1-012".',
  },
  supervisorRecordUnknownGoal: {
    nb: 'Fant ikke læringsmålet {id} i læringsmålplanene til LIS-en. Ingenting er lagret.',
    en: 'The learning goal {id} is not in the LIS’s plans. Nothing was saved.',
  },
  supervisorOfNobody: {
    nb: 'Du er ikke supervisør for noen LIS ennå. Ingenting er lagret.',
    en: 'You are not a supervisor of any LIS yet. Nothing was saved.',
  },
  supervisorRecordNoLis: {
    nb: 'Du er ikke supervisør for noen LIS som heter «{name}». Ingenting er lagret.',
    en: 'You are not a supervisor of any LIS called “{name}”. Nothing was saved.',
  },
  confirmTitle: { nb: 'Bekreftelse på gjennomført tjeneste', en: 'Confirmation of completed service' },
  confirmDraft: {
    nb: 'Utkast – grunnlag for Helsedirektoratets standardskjema, ikke selve skjemaet',
    en: 'Draft – the basis for Helsedirektoratet’s standard form, not the form itself',
  },
  confirmInterim: {
    nb: 'Foreløpig: tjenesten varer til {end}; tallene gjelder per {asOf}',
    en: 'Interim: the service lasts until {end}; the figures are as of {asOf}',
  },
  confirmPerson: { nb: 'Lege i spesialisering', en: 'Doctor in specialisation' },
  confirmPosition: { nb: 'Stilling og stillingsprosent', en: 'Position and percentage' },
  confirmPositionValue: { nb: '{position}, {percent} %', en: '{position}, {percent} %' },
  confirmOwed: { nb: 'resttjeneste {owed} {owed|dag|dager}', en: 'extra service {owed} {owed|day|days}' },
  confirmGoals: {
    nb: 'Læringsmål godkjent i perioden ({count})',
    en: 'Learning goals approved in the period ({count})',
  },
  confirmEarlier: {
    nb: '{count} læringsmål godkjent tidligere et annet sted er ikke med her.',
    en: '{count} learning {count|goal|goals} approved earlier elsewhere {count|is|are} not listed here.',
  },
  confirmSignature: {
    nb: 'Sted og dato: ____________________   Underskrift (arbeidsgiver): ____________________',
    en: 'Place and date: ____________________   Signature (employer): ____________________',
  },
  confirmWhere: {
    nb: 'Bekreftelse på gjennomført tjeneste lager du i fanen «LIS»: åpne LIS-en og velg «Last ned utkast (PDF)» eller «Skriv ut». Før perioden er ferdig blir den merket som foreløpig.',
    en: 'You make the confirmation of service in the “LIS” tab: open the LIS and choose “Download the draft (PDF)” or “Print”. Before the period has ended it is marked interim.',
  },
  confirmWhereLink: {
    nb: 'Bekreftelse på gjennomført tjeneste lager du i fanen: [åpne fanen]({url}), velg LIS-en og «Last ned utkast (PDF)» eller «Skriv ut». Før perioden er ferdig blir den merket som foreløpig.',
    en: 'You make the confirmation of service in the tab: [open the tab]({url}), pick the LIS and “Download the draft (PDF)” or “Print”. Before the period has ended it is marked interim.',
  },
  err_not_employer: {
    nb: 'Bekreftelse på tjeneste lages av lederen (arbeidsgiver) eller stedfortreder.',
    en: 'The confirmation of service is made by the leader (the employer) or a delegate.',
  },
  absenceYours: { nb: 'Ditt fravær:', en: 'Your absence:' },
  absenceAdvised: {
    nb: 'Fravær så langt (det er lederen som fører det):',
    en: 'Absence so far (the leader records it):',
  },
  absenceNoPeriod: {
    nb: 'ingen tjenesteperiode registrert, så fraværet kan ikke regnes ut ennå',
    en: 'no service period yet, so absence cannot be computed',
  },
  confirmByLeader: {
    nb: 'Bekreftelse på gjennomført tjeneste lages av lederen din, {name}, for arbeidsgiveren: be {name} om den. Periodene dine, med fravær, ser du under «tjenesteperioder».',
    en: 'The confirmation of completed service is made by your leader, {name}, for the employer: ask {name} for it. Your periods, with absence, are under “service periods”.',
  },
  absenceByLeader: {
    nb: 'Det er lederen din, {name}, som fører fraværet: si fra til {name} om noe mangler eller er feil.',
    en: 'Your leader, {name}, records absence: tell {name} if something is missing or wrong.',
  },
  absenceByEmployer: {
    nb: 'Det er lederen din som fører fraværet: si fra om noe mangler eller er feil.',
    en: 'Your leader records absence: say so if something is missing or wrong.',
  },
  absenceNoService: {
    nb: 'Du har ingen tjenesteperiode registrert, så fraværet kan ikke regnes ut ennå.',
    en: 'You have no service period yet, so absence cannot be computed.',
  },
  delegateNameUnknown: {
    nb: 'Jeg fant ingen {name} blant dem som har en rolle for LIS-ene dine: søk opp personen i feltet «Deleger til».',
    en: 'I found no {name} among those who hold a role for your LIS: search for the person in the «Delegate to» field.',
  },
  absenceSelfLeader: {
    nb: 'Skal noen godkjenne på dine vegne mens du er borte? Velg hvem, og for hvilken periode.',
    en: 'Should someone approve on your behalf while you are away? Choose who, and for which period.',
  },
  absenceSelfNotLis: {
    nb: 'Her føres bare fraværet til leger i spesialisering (LIS), og det er lederen deres som fører det. Ditt eget fravær melder du til arbeidsgiveren din som vanlig.',
    en: 'Only the absence of doctors in specialist training (LIS) is kept here, and their leader records it. Report your own absence to your employer as usual.',
  },
  absenceNotForSupervisors: {
    nb: 'Fraværet til en LIS føres av lederen, og bare LIS-en, lederen og veilederen ser det: ikke supervisører.',
    en: 'A LIS’s absence is recorded by their leader, and only the LIS, the leader and the advisor see it: not supervisors.',
  },
  noTraineesToRecordFor: {
    nb: 'Du er ikke leder (eller stedfortreder) for noen LIS, så du kan ikke registrere fravær.',
    en: 'You are not the leader (or a delegate) of any LIS, so you cannot record absence.',
  },
  absenceNotYoursToSee: {
    nb: 'Fraværet til {name} ser {name}, lederen og veilederen.',
    en: "{name}'s absence is seen by {name}, the leader and the advisor.",
  },
  absenceNotYoursToRecord: {
    nb: 'Du er ikke leder (eller stedfortreder) for {name}, så fraværet til {name} registrerer du ikke her.',
    en: "You are not the leader (or delegate) of {name}, so you do not record {name}'s absence here.",
  },
  err_not_allowed_absence: {
    nb: 'Fravær registreres av lederen (eller stedfortreder) for LIS-en.',
    en: 'Absence is recorded by the LIS’s leader (or a delegate).',
  },
  err_no_service: {
    nb: 'LIS-en har ingen tjenesteperiode registrert.',
    en: 'The LIS has no service period.',
  },
  err_outside_service: {
    nb: 'Datoene er utenfor tjenesteperioden.',
    en: 'The dates are outside the service period.',
  },
  err_absence_too_long: {
    nb: 'Én registrering kan dekke høyst ett år.',
    en: 'One entry can cover at most a year.',
  },
  err_absence_overlap: {
    nb: 'Det er allerede registrert fravær i noen av disse dagene.',
    en: 'Absence is already recorded on some of these days.',
  },
  absenceLine: {
    nb: '{days} {days|dag|dager} fravær ({percent} % av tjenestetiden), grensen er {limit} %',
    en: '{days} {days|day|days} of absence ({percent} % of the service); the limit is {limit} %',
  },
  absenceLineNoLimit: {
    nb: '{days} {days|dag|dager} fravær ({percent} % av tjenestetiden)',
    en: '{days} {days|day|days} of absence ({percent} % of the service)',
  },
  absenceWarn: {
    nb: 'nær grensen på {limit} %',
    en: 'close to the {limit} % limit',
  },
  absenceOver: {
    nb: 'over grensen på {limit} % – tjenesten må forlenges med {owed} {owed|dag|dager} (resttjeneste)',
    en: 'over the {limit} % limit – the service must be extended by {owed} {owed|day|days}',
  },
  serviceShort: {
    nb: 'Perioden er {days} {days|dag|dager} kortere enn delen krever med {percent} % stilling.',
    en: 'The period is {days} {days|day|days} shorter than the part needs at {percent} % of full time.',
  },
  forecast: { nb: 'Prognose', en: 'Forecast' },
  forecast_on_track: { nb: 'I rute', en: 'On track' },
  forecast_at_risk: { nb: 'I faresonen', en: 'At risk' },
  forecast_done: { nb: 'Ferdig', en: 'Done' },
  forecast_unknown: { nb: 'For tidlig å si', en: 'Too early to tell' },
  forecast_ended: { nb: 'Perioden er over', en: 'The period is over' },
  forecastEndedNumbers: {
    nb: '{remaining} læringsmål er ikke godkjent.',
    en: '{remaining} learning {remaining|goal is|goals are} not approved.',
  },

  forecastElsewhere: {
    nb: '{count} læringsmål kan ikke godkjennes av arbeidsgiveren du har nå',
    en: '{count} learning {count|goal|goals} cannot be approved by your current employer',
  },
  forecastElsewhereThey: {
    nb: '{count} læringsmål kan ikke godkjennes av arbeidsgiveren {trainee} har nå',
    en: '{count} learning {count|goal|goals} cannot be approved by the employer {trainee} has now',
  },
  elsewhereTitle: { nb: 'Godkjennes et annet sted', en: 'Approved elsewhere' },
  elsewhereLineAt: {
    nb: '{count} læringsmål skal godkjennes {arenaWhere}: ta kontakt med {contact}, der du hadde den delen av tjenesten.',
    en: '{count} learning {count|goal is|goals are} approved {arenaWhere}: contact {contact}, where you served that part.',
  },
  elsewhereLine: {
    nb: '{count} læringsmål skal godkjennes {arenaWhere}: ta kontakt med dem der du hadde den delen av tjenesten.',
    en: '{count} learning {count|goal is|goals are} approved {arenaWhere}: contact them where you served that part.',
  },
  elsewhereLineAtThey: {
    nb: '{count} læringsmål skal godkjennes {arenaWhere}, hos {contact}, der {trainee} hadde den delen av tjenesten.',
    en: '{count} learning {count|goal is|goals are} approved {arenaWhere}, at {contact}, where {trainee} served that part.',
  },
  elsewhereLineThey: {
    nb: '{count} læringsmål skal godkjennes {arenaWhere}, der {trainee} hadde den delen av tjenesten.',
    en: '{count} learning {count|goal is|goals are} approved {arenaWhere}, where {trainee} served that part.',
  },
  elsewhereRecordPrior: {
    nb: 'Er de allerede godkjent der? Registrer dem under «Læringsmål godkjent tidligere» i fanen «Fremdrift», mange på én gang; lederen din bekrefter dem, og så teller de med.',
    en: 'Already approved there? Record them under «Learning goals approved earlier» in the «Progress» tab, many at once; your leader confirms them, and then they count.',
  },
  elsewhereLater: {
    nb: '{count} læringsmål skal godkjennes {arenaWhere}, i den delen av tjenesten.',
    en: '{count} learning {count|goal is|goals are} approved {arenaWhere}, in that part of the service.',
  },
  forecastNoAdvisor: {
    nb: 'Ingen veileder er oppnevnt – det kreves gjennom hele spesialiseringen',
    en: 'No advisor is appointed – one is required throughout the specialty',
  },
  forecastNoneYet: {
    nb: 'Ingen læringsmål er godkjent i denne tjenesten ennå, og over halve tjenestetiden er gått; {remaining} gjenstår.',
    en: 'No learning goal is approved in this service yet, and more than half of it is over; {remaining} left.',
  },
  forecastNumbers: {
    nb: 'Hittil {perWeek} godkjent per uke. I dette tempoet blir omtrent {projected} godkjent før tjenesten slutter; {remaining} gjenstår.',
    en: '{perWeek} approved per week so far; {projected} more by the end of the service, {remaining} left.',
  },
  servicePeriod: { nb: 'Tjeneste', en: 'Service' },
  askApprovalFor: { nb: 'Be om godkjenning: {goal}', en: 'Ask for approval: {goal}' },
  openTab: { nb: 'Åpne fremdriftsfanen', en: 'Open the progress tab' },
  whoIsIt: {
    nb: 'Hvem mener du? Jeg fant flere: {names}. Skriv hele navnet.',
    en: 'Who do you mean? I found several: {names}. Type the full name.',
  },
  unknownPerson: {
    nb: 'Jeg finner ingen LIS som heter «{name}» blant dem du har en rolle for.',
    en: 'I find no LIS called "{name}" among those you hold a role for.',
  },
  didYouMean: { nb: 'Mente du {name}?', en: 'Did you mean {name}?' },
  yourTrainees: { nb: 'Du har en rolle for: {names}.', en: 'You hold a role for: {names}.' },
  yourTraineesMore: {
    nb: 'Du har blant andre en rolle for: {names} (og {more} til: skriv «mine LIS»).',
    en: 'Among others, you hold a role for: {names} (and {more} more: type "my LIS").',
  },
  noTraineesForYou: {
    nb: 'Du er ikke LIS, og har ingen rolle for noen LIS ennå. Skriv «kom i gang» for å registrere deg som LIS. Er du leder, veileder eller supervisør, får du en invitasjon her når en LIS legger deg til; en leder kan opprette arbeidsstedet først («opprett arbeidssted …»).',
    en: 'You are not a LIS, and hold no role for any LIS yet. Type "get started" to register as a LIS. If you are a leader, advisor or supervisor, an invitation comes here when a LIS adds you; a leader can create the workplace first ("create workplace …").',
  },
  overviewTitle: { nb: 'Dine LIS ({count})', en: 'Your LIS ({count})' },
  overviewMore: {
    nb: 'Her står de {shown} første, de som trenger noen nå først. Alle {count} står i fanen «Fremdrift».',
    en: 'Here are the first {shown}, those who need someone now first. All {count} are in the Progress tab.',
  },
  overviewOpen: { nb: 'Status: {trainee}', en: 'Status: {trainee}' },
  pickTrainee: {
    nb: 'Hvem vil du se? Du har rolle for: {names}.',
    en: 'Whom do you want to see? You hold a role for: {names}.',
  },

  // Recording an activity
  askApproval: { nb: 'Be om godkjenning', en: 'Ask for approval' },
  activityFormTitle: { nb: 'Ny læringsaktivitet', en: 'New learning activity' },
  activityFormIntro: {
    nb: 'Registrer aktiviteten og be en av supervisørene dine om å signere.',
    en: 'Record the activity and ask one of your supervisors to sign it.',
  },
  activityKindLabel: { nb: 'Hva slags aktivitet?', en: 'What kind of activity?' },
  activityDateLabel: { nb: 'Dato', en: 'Date' },
  activityDescriptionLabel: { nb: 'Kort beskrivelse', en: 'Short description' },
  activityDescriptionPlaceholder: {
    nb: 'F.eks. «Suturering av kuttskade på legevakt»',
    en: 'E.g. "Suturing a cut in the out-of-hours clinic"',
  },
  activityGoalsLabel: { nb: 'Læringsmål aktiviteten gjelder', en: 'Learning goals the activity serves' },
  activityGoalsLabelSearch: {
    nb: 'Læringsmål aktiviteten gjelder (skriv ID eller et ord for å finne blant alle {count})',
    en: 'Learning goals the activity serves (type an ID or a word to find any of the {count})',
  },
  activitySupervisorLabel: { nb: 'Be om signering fra', en: 'Ask for sign-off from' },
  activityToLeader: {
    nb: '{name} (leder) – marker den som innfridd',
    en: '{name} (leader) – mark it as met',
  },
  activityNoSignature: { nb: 'Ingen signering nå', en: 'No sign-off now' },
  activitySubmit: { nb: 'Lagre og send', en: 'Save and send' },
  supervisorFormTitle: { nb: 'Registrer og signer for {trainee}', en: 'Record and sign for {trainee}' },
  supervisorFormIntro: {
    nb: 'Aktiviteten lagres som signert av deg, og {trainee} får et kort for å bekrefte den.',
    en: 'The activity is saved as signed by you, and {trainee} gets a card to confirm it.',
  },
  supervisorFormSubmit: { nb: 'Lagre og signer', en: 'Save and sign' },
  supervisorRecordGoal: {
    nb: 'Registrer og signer en aktivitet for {goal} …',
    en: 'Record and sign an activity for {goal} …',
  },
  required: { nb: 'Må fylles ut', en: 'Required' },
  activitySentToLeader: {
    nb: 'Lagret og sendt til {name}, som kan markere den som innfridd.',
    en: 'Saved and sent to {name}, who can mark it as met.',
  },
  activitySentTo: {
    nb: 'Lagret og sendt til {name} for signering.',
    en: 'Saved and sent to {name} for sign-off.',
  },
  activitySaved: { nb: 'Aktiviteten er lagret.', en: 'The activity is saved.' },

  // Registration
  registerTitle: { nb: 'Registrer deg som LIS', en: 'Register as a LIS' },
  registerEditTitle: { nb: 'Endre registreringen din', en: 'Edit your registration' },
  registerIntro: {
    nb: 'Fortell hvor du er i utdanningen. Læringsmålene velges ut fra fase og startdato hvis du ikke velger selv.',
    en: 'Tell me where you are in your training. Learning goals follow from phase and start date unless you choose them.',
  },
  phaseLabel: { nb: 'Fase', en: 'Phase' },
  err_lis1_hospital_part_employer: {
    nb: 'Sykehusdelen av LIS1 har du på et sykehus (i et helseforetak), men {employer} er en kommune. Velg «LIS1 – kommunedelen», eller sykehuset du er ansatt ved.',
    en: 'The hospital part of LIS1 is served at a hospital (a health trust), but {employer} is a municipality. Choose "LIS1 – municipality part", or the hospital that employs you.',
  },
  err_lis1_municipality_part_employer: {
    nb: 'Kommunedelen av LIS1 har du i en kommune, men {employer} er et sykehus. Velg «LIS1 – sykehusdelen», eller kommunen du er ansatt i.',
    en: 'The municipal part of LIS1 is served in a municipality, but {employer} is a hospital. Choose "LIS1 – hospital part", or the municipality that employs you.',
  },
  phase_LIS1_hospital: { nb: 'LIS1 – sykehusdelen', en: 'LIS1 – hospital part' },
  phase_LIS1_municipality: { nb: 'LIS1 – kommunedelen', en: 'LIS1 – municipality part' },
  phase_LIS2: { nb: 'LIS2', en: 'LIS2' },
  phase_LIS3: { nb: 'LIS3', en: 'LIS3' },
  specialtyLabel: { nb: 'Spesialitet (LIS2/LIS3)', en: 'Specialty (LIS2/LIS3)' },
  specialtyPlaceholder: { nb: 'F.eks. allmennmedisin', en: 'E.g. allmennmedisin (general practice)' },
  employerLabel: { nb: 'Arbeidsgiver', en: 'Employer' },
  employerKindLabel: { nb: 'Type arbeidsgiver', en: 'Kind of employer' },
  noUnits: {
    nb: 'Ingen arbeidssteder er opprettet ennå. Be lederen din skrive «opprett arbeidssted Navn på arbeidsstedet» til meg.',
    en: 'No workplaces have been created yet. Ask your leader to write "create workplace Name of the workplace" to me.',
  },
  unitCreated: {
    nb: 'Arbeidsstedet «{name}» er opprettet. LIS kan nå velge det når de registrerer seg, og du kan koble en kanal i teamet ditt til det.',
    en: 'The workplace "{name}" is created. LIS can now choose it when they register, and you can link a channel of your team to it.',
  },
  unitExists: {
    nb: 'Du har allerede arbeidsstedet «{name}».',
    en: 'You already have the workplace "{name}".',
  },
  unitHow: {
    nb: 'Skriv «opprett arbeidssted» og navnet, for eksempel «opprett arbeidssted Kristiansand kommune, helse og omsorg». Legg til «sykehus» først for en sykehusavdeling.',
    en: 'Write "create workplace" and the name, e.g. "create workplace Kristiansand municipality, health services". Add "hospital" first for a hospital department.',
  },
  err_not_team_member: {
    nb: 'Bare en leder for arbeidsstedet som er medlem av teamet kan koble fanen til det.',
    en: 'Only a leader of the workplace who is a member of the team can link the tab to it.',
  },
  employer_municipality: { nb: 'Kommune', en: 'Municipality' },
  employer_hospital: { nb: 'Sykehus (helseforetak)', en: 'Hospital (health trust)' },
  startLabel: { nb: 'Tjenesten starter', en: 'Service starts' },
  endLabel: { nb: 'Tjenesten slutter', en: 'Service ends' },
  positionLabel: { nb: 'Stilling', en: 'Position' },
  percentLabel: { nb: 'Stillingsprosent', en: 'Percentage of full time' },
  partStartLabel: {
    nb: 'Startet LIS1 / spesialiseringen (tomt = samme som tjenesten starter)',
    en: 'Started LIS1 / the specialty (empty = when the service starts)',
  },
  institutionLabel: {
    nb: 'LIS3 i allmennmedisin: perioden nå er i institusjon (sykehjem o.l.), ikke i allmennpraksis',
    en: 'LIS3 in general practice: the period now is in an institution (nursing home etc.), not in general practice',
  },
  psychiatryLabel: {
    nb: 'LIS1: tjeneste i psykiatri i sykehusdelen (ellers teller ikke psykiatrimålene)',
    en: 'LIS1: service in psychiatry in the hospital part (otherwise the psychiatry goals do not count)',
  },
  catalogChoice: {
    nb: '{name} – {part}, i kraft fra {from}, {count} mål',
    en: '{name} – {part}, in force from {from}, {count} {count|goal|goals}',
  },
  catalogsLabel: {
    nb: 'Læringsmålplaner (tomt = de som gjaldt da du startet denne delen)',
    en: 'Learning goal plans (empty = those in force when you started this part)',
  },
  catalogsEditLabel: {
    nb: 'Læringsmålplaner (én versjon av hver; tomt = de du følger nå)',
    en: 'Learning goal plans (one version of each; empty = those you follow now)',
  },
  save: { nb: 'Lagre', en: 'Save' },
  registered: {
    nb: 'Du er registrert som {phase} hos {employer}.',
    en: 'You are registered as {phase} at {employer}.',
  },
  registeredCatalogs: { nb: 'Læringsmål: {list}.', en: 'Learning goals: {list}.' },
  err_name_unknown: {
    nb: 'Jeg vet ikke navnet ditt ennå. Skriv «hei» til meg i Teams først, så kan du registrere deg.',
    en: 'I do not know your name yet. Write “hi” to me in Teams first, then you can register.',
  },
  err_bad_part_start: {
    nb: 'Datoen du startet LIS1 eller spesialiseringen kan ikke være etter at tjenesten starter.',
    en: 'The day you started LIS1 or the specialty cannot be after the service starts.',
  },
  err_bad_dates: {
    nb: 'Sluttdatoen må være etter startdatoen.',
    en: 'The end date must be after the start date.',
  },
  err_specialty_needed: {
    nb: 'Skriv spesialiteten din (for LIS2 og LIS3), for eksempel allmennmedisin, med høyst {max} tegn. Læringsmålplanen velges ut fra den.',
    en: 'Write your specialty (for LIS2 and LIS3), for example allmennmedisin (general practice), in at most {max} characters. The learning goal plan is chosen by it.',
  },
  onlyFkmCounts: {
    nb: 'Læringsmålplanen for {specialty} er ikke i appen ennå, så bare de felles kompetansemålene (FKM) er telt med.',
    en: 'The learning goal plan for {specialty} is not in the app yet, so only the common competence goals (FKM) are counted.',
  },
  noSpecialtyPlan: {
    nb: 'Appen har ingen læringsmålplan for {specialty} ennå, bare de felles kompetansemålene (FKM). Til den er lagt inn, teller «hva gjenstår?» bare dem: be den som drifter appen om å hente inn den offisielle planen.',
    en: 'The app has no learning goal plan for {specialty} yet, only the common competence goals (FKM). Until it is added, "what is left?" counts only those: ask whoever runs the app to import the official plan.',
  },
  err_plan_other_part: {
    nb: '«{plan}» er en læringsmålplan for {part}, ikke for {phase}. Velg planene for {phase}.',
    en: '«{plan}» is a learning goal plan for {part}, not for {phase}. Choose the plans for {phase}.',
  },
  err_plan_other_specialty: {
    nb: '«{plan}» er læringsmålplanen i {specialty}. Velg planen for din spesialitet, og de felles kompetansemålene.',
    en: '«{plan}» is the learning goal plan in {specialty}. Choose the plan for your specialty, and the common competence goals.',
  },
  err_plan_ended: {
    nb: '«{plan}» gjaldt til {to}, før du startet denne delen av utdanningen ({from}). Du følger planen som gjaldt da du startet, eller en nyere.',
    en: '«{plan}» applied until {to}, before you started this part of the training ({from}). You follow the plan in force when you started, or a newer one.',
  },
  err_plan_pending_in_left: {
    nb: '{goals} i «{plan}» venter på godkjenning. Trekk forespørselen tilbake, eller vent på svar fra lederen, før du bytter bort fra planen.',
    en: "Approval is pending for {goals} in «{plan}». Recall the request, or wait for your leader's answer, before you leave the plan.",
  },
  err_plan_not_yet: {
    nb: '«{plan}» gjelder fra {from}. Velg den når den har trådt i kraft.',
    en: '«{plan}» applies from {from}. Choose it once it is in force.',
  },
  err_plan_two_versions: {
    nb: 'Du følger én versjon av hver læringsmålplan: velg enten «{plan}» eller «{other}».',
    en: 'You follow one version of each learning goal plan: choose either «{plan}» or «{other}».',
  },
  goalsBeyond: {
    nb: 'Her er kortene til de {shown} første læringsmålene du nevnte. {count} til fikk ikke kort: skriv dem i en ny melding.',
    en: 'Here are the cards of the first {shown} learning {shown|goal|goals} you named. {count} more got no card: write them in a new message.',
  },
  leaderStays: {
    nb: '{name} er fortsatt lederen din her. Godkjenner en annen hos {employer} fra nå av, inviter den nye lederen («inviter leder»): {name} får beskjed når invitasjonen er takket ja til.',
    en: '{name} is still your leader here. If someone else at {employer} approves from now on, invite the new leader ("invite leader"): {name} is told once the invitation is accepted.',
  },
  employerMovedToLeader: {
    nb: '{trainee} er nå registrert hos {employer} (før: {before}). Du er fortsatt leder for {trainee} i appen til {trainee} inviterer en ny leder.',
    en: "{trainee} is now registered at {employer} (before: {before}). You are still {trainee}'s leader in the app until {trainee} invites a new leader.",
  },
  planMovedToLeader: {
    nb: '{trainee} følger nå {joined} i stedet for {left} (endret i registreringen). Læringsmål godkjent i {left} teller ikke lenger i appen, men er med i eksporten til Kompetanseportalen.',
    en: '{trainee} now follows {joined} instead of {left} (changed in their registration). Goals approved in {left} no longer count in the app, but are in the export to Kompetanseportalen.',
  },
  planAddedToLeader: {
    nb: '{trainee} følger nå også {joined} (endret i registreringen).',
    en: '{trainee} now also follows {joined} (changed in their registration).',
  },
  planDroppedToLeader: {
    nb: '{trainee} følger ikke lenger {left} (endret i registreringen). Læringsmål godkjent der teller ikke lenger i appen, men er med i eksporten til Kompetanseportalen.',
    en: '{trainee} no longer follows {left} (changed in their registration). Goals approved there no longer count in the app, but are in the export to Kompetanseportalen.',
  },
  err_no_catalog: {
    nb: 'Jeg finner ingen læringsmålplan for {phase} med startdato {date}. Velg læringsmålplan selv.',
    en: 'I find no learning goal plan for {phase} starting {date}. Choose one yourself.',
  },

  // Invitations
  inviteTitle: {
    nb: 'Inviter leder, veileder og supervisører',
    en: 'Invite your leader, advisor and supervisors',
  },
  inviteIntro: {
    nb: 'Velg personer i organisasjonen. De får en invitasjon i Teams og må takke ja før rollen gjelder.',
    en: 'Pick people in your organisation. They get an invitation in Teams and must accept before the role counts.',
  },
  inviteCurrent: { nb: 'Nå: {list}', en: 'Now: {list}' },
  leaderLabel: { nb: 'Leder (godkjenner læringsmål)', en: 'Leader (approves learning goals)' },
  advisorLabel: { nb: 'Veileder', en: 'Advisor' },
  supervisorsLabel: { nb: 'Supervisører (signerer aktiviteter)', en: 'Supervisors (sign activities)' },
  replaceLabel: { nb: 'Erstatt nåværende leder/veileder', en: 'Replace the current leader/advisor' },
  sendInvitations: { nb: 'Send invitasjoner', en: 'Send invitations' },
  searchPeople: { nb: 'Søk etter navn', en: 'Search by name' },
  invitedOk: { nb: '{name} er invitert som {role}.', en: '{name} is invited as {role}.' },
  invitedFail: { nb: '{name} ({role}): {reason}', en: '{name} ({role}): {reason}' },
  invitationsTitle: { nb: 'Invitasjoner', en: 'Invitations' },
  invitationTitle: { nb: 'Invitasjon fra {trainee}', en: 'Invitation from {trainee}' },
  invitationText: {
    nb: '{trainee} inviterer deg til å være {role} i spesialistutdanningen.',
    en: '{trainee} invites you to be their {role} in specialist training.',
  },
  invitationExpires: { nb: 'Invitasjonen gjelder til {date}.', en: 'The invitation is valid until {date}.' },
  invitationReplaces: { nb: 'Du tar over etter {name}.', en: 'You take over from {name}.' },
  aPerson: { nb: 'personen', en: 'the person' },
  mentionNoRole: {
    nb: 'Hvilken rolle? Skriv for eksempel «inviter veileder @navn» eller «inviter supervisør @navn».',
    en: 'Which role? Type for example "invite advisor @name" or "invite supervisor @name".',
  },
  accepted: {
    nb: '{name} har takket ja til å være {role} for deg.',
    en: '{name} accepted to be your {role}.',
  },
  declined: {
    nb: '{name} har takket nei til å være {role} for deg.',
    en: '{name} declined to be your {role}.',
  },
  troubleAnswer: {
    nb: 'Beklager! Skriv «hva venter på meg?», så får du nye kort for det som venter på deg, eller «hva gjenstår?» for din egen status; et eldre kort lenger opp i chatten kan være utdatert. Skjer det igjen, si fra til den som drifter appen, gjerne med feilkoden fra meldingen.',
    en: 'Sorry! Type "what is waiting for me?" for new cards for what waits for you, or "what is left?" for your own status; an older card further up in the chat may be out of date. If it happens again, tell whoever runs the app, with the error code from the message if there was one.',
  },
  languageAnswer: {
    nb: 'Jeg svarer på engelsk når Teams er satt til engelsk, og på bokmål ellers. Språket velger du i Teams under Innstillinger → Generelt → Språk; når Teams har startet på nytt, svarer jeg på det nye språket.',
    en: 'I answer in English when Teams is set to English, and in Norwegian (bokmål) otherwise. You choose the language in Teams under Settings → General → Language; once Teams has restarted, I answer in the new one.',
  },
  roleEndedForYou: {
    nb: 'Du er ikke lenger {role} for {trainee}.',
    en: 'You are no longer {role} for {trainee}.',
  },

  // Roles overview
  rolesTitle: { nb: 'Roller', en: 'Roles' },
  rolesForLis: { nb: 'Rollene rundt deg:', en: 'The roles around you:' },
  rolesNone: { nb: 'Ingen ennå. Skriv «inviter» for å invitere.', en: 'None yet. Type "invite" to invite.' },
  rolesChange: {
    nb: 'Ny leder eller veileder? Skriv «inviter», velg den nye og kryss av for «Erstatt nåværende leder/veileder». Den du har nå, beholder rollen til den nye har takket ja.',
    en: 'A new leader or advisor? Type "invite", pick the new one and tick "Replace the current leader/advisor". The one you have keeps the role until the new one has accepted.',
  },
  rolesForTrainee: { nb: 'Roller rundt {trainee}:', en: 'The roles around {trainee}:' },
  rolesNoneThey: { nb: 'Ingen ennå.', en: 'None yet.' },
  rolesNotYours: {
    nb: 'Hvem som har hvilken rolle rundt {trainee}, ser {trainee}, lederen og veilederen. Spør {trainee} om du trenger å vite det.',
    en: 'Who holds which role around {trainee} is for {trainee}, the leader and the advisor to see. Ask {trainee} if you need to know.',
  },
  rolesYouHold: { nb: 'Du har disse rollene:', en: 'You hold these roles:' },
  rolesStepDown: {
    nb: 'Skal du ikke lenger ha en rolle, be LIS-en fjerne deg under «roller»: det er LIS-en som bestemmer hvem som har roller rundt seg.',
    en: 'To give up a role, ask the LIS to remove you under "roles": the LIS decides who holds roles around them.',
  },
  roleLine: { nb: '{name}: {role} ({state})', en: '{name}: {role} ({state})' },
  roleFor: { nb: '{role} for {trainee}', en: '{role} for {trainee}' },
  state_active: { nb: 'aktiv', en: 'active' },
  state_invited: { nb: 'invitert', en: 'invited' },
  state_lapsed: {
    nb: 'invitasjonen gikk ut {date} uten svar',
    en: 'the invitation ran out unanswered on {date}',
  },
  rolesLapsedInviteAgain: {
    nb: 'En invitasjon som gikk ut uten svar, gir ingen rolle. Inviter på nytt med knappen under, eller skriv «inviter».',
    en: 'An invitation that ran out unanswered gives no role. Invite again with the button below, or type "invite".',
  },
  inviteAgain: { nb: 'Inviter {name} på nytt som {role} …', en: 'Invite {name} again as {role} …' },
  inviteAgainAsk: {
    nb: 'Sende {name} en ny invitasjon som {role}? Den gjelder i {days} {days|dag|dager}.',
    en: 'Send {name} a new invitation as {role}? It is valid for {days} {days|day|days}.',
  },
  inviteAgainYes: { nb: 'Ja, inviter på nytt', en: 'Yes, invite again' },
  remove: { nb: 'Fjern {name} som {role} …', en: 'Remove {name} as {role} …' },
  removeConfirm: {
    nb: 'Vil du fjerne {name} som {role}? {name} kan da ikke lenger se eller gjøre noe for deg i appen.',
    en: 'Remove {name} as {role}? {name} can then no longer see or do anything for you in the app.',
  },
  removeYes: { nb: 'Ja, fjern', en: 'Yes, remove' },
  removed: { nb: '{name} er fjernet som {role}.', en: '{name} is removed as {role}.' },

  // Delegation
  delegateTitle: { nb: 'Deleger godkjenning', en: 'Delegate approval' },
  delegateIntro: {
    nb: 'Personen godkjenner på dine vegne i perioden. Historikken viser «på vegne av» deg.',
    en: 'The person approves on your behalf in the period. The history shows "on behalf of" you.',
  },
  delegateToLabel: { nb: 'Deleger til', en: 'Delegate to' },
  delegateForLabel: { nb: 'For', en: 'For' },
  delegateAll: { nb: 'Alle mine LIS', en: 'All my LIS' },
  delegateFromLabel: { nb: 'Fra og med', en: 'From' },
  delegateUntilLabel: { nb: 'Til og med', en: 'Until' },
  delegateSubmit: { nb: 'Deleger', en: 'Delegate' },
  delegated: {
    nb: '{name} godkjenner på dine vegne for {trainees} fra {from} til {to}.',
    en: '{name} approves on your behalf for {trainees} from {from} to {to}.',
  },
  delegatedToYou: {
    nb: '{leader} har delegert godkjenning til deg for {trainees} fra {from} til {to}. Skriv «hva venter på meg?» for å se hva som venter.',
    en: '{leader} delegated approval to you for {trainees} from {from} to {to}. Type "what needs my approval?" to see what waits.',
  },
  notALeader: { nb: 'Du er ikke leder for noen LIS.', en: 'You are not the leader of any LIS.' },
  delegatedToYouLine: {
    nb: 'Du godkjenner på vegne av {leader} for {trainee} til og med {to}.',
    en: 'You approve on behalf of {leader} for {trainee} until {to}.',
  },
  delegateNoFurther: {
    nb: 'Det du godkjenner, står som godkjent på vegne av lederen. Videre delegering gjør lederen selv.',
    en: 'What you approve is recorded as approved on the leader’s behalf. Only the leader delegates further.',
  },

  // Recording an earlier approval
  recordPriorTitle: { nb: 'Registrer tidligere godkjenning', en: 'Record an earlier approval' },
  recordPriorIntro: {
    nb: 'Læringsmålet ble godkjent tidligere, hos en annen arbeidsgiver eller i et annet system. Det teller da som oppnådd.',
    en: 'The learning goal was approved earlier, by another employer or in another system. It then counts as reached.',
  },
  recordPriorIntroLis: {
    nb: 'Læringsmålet ble godkjent tidligere, hos en annen arbeidsgiver eller i et annet system. Lederen din får det og bekrefter; først da teller det som oppnådd.',
    en: 'The learning goal was approved earlier, by another employer or in another system. Your leader gets it and confirms it; only then does it count as reached.',
  },
  recordPriorSend: { nb: 'Send til lederen for bekreftelse', en: 'Send to your leader to confirm' },
  recordPriorArena: { nb: 'Godkjent i', en: 'Approved in' },
  recordPriorAttachment: { nb: 'Dokumentasjon (valgfritt)', en: 'Evidence (optional)' },
  recordPriorAttachmentHint: {
    nb: 'Navn på dokumentet, arkivnummer eller en https-lenke',
    en: "The document's name, an archive number or an https link",
  },
  priorAttachment: { nb: 'Dokumentasjon: {ref}.', en: 'Evidence: {ref}.' },
  priorClaimed: {
    nb: '{trainee} oppgir at målet er godkjent {arenaWhere}: ved {place} av {name} {when}. Godkjenn for å bekrefte det.',
    en: '{trainee} says the goal was approved {arenaWhere}: at {place} by {name} on {when}. Approve to confirm it.',
  },
  advisorCommentToYou: {
    nb: '{name} (veileder) har kommentert læringsmålet {goal}. Skriv «be om godkjenning {goal}» for å se kortet.',
    en: '{name} (advisor) commented on the learning goal {goal}. Type "request approval {goal}" to see the card.',
  },
  err_too_many_comments: {
    nb: 'Læringsmålet har allerede 10 kommentarer fra veileder. Skriv heller i veiledningssamtalen.',
    en: 'The learning goal already has 10 comments from the advisor. Write in the advisory session instead.',
  },
  advisorComments: { nb: 'Veileders kommentarer', en: 'The advisor’s comments' },
  commentGoal: { nb: 'Kommenter målet …', en: 'Comment on the goal …' },
  commentGoalLabel: {
    nb: 'Kommentar (uten å anbefale eller fraråde)',
    en: 'Comment (without advice for or against)',
  },
  commentGoalSend: { nb: 'Send kommentaren', en: 'Send the comment' },
  verb_goal_comment: { nb: 'kommenterte', en: 'commented' },
  commentActivity: { nb: 'Kommenter aktiviteten …', en: 'Comment on the activity …' },
  commentActivities: { nb: 'Kommenter en aktivitet …', en: 'Comment on an activity …' },
  commentActivitiesIntro: {
    nb: 'Åpne aktiviteten du vil kommentere: kommentaren går til LIS-en, og lederen ser den.',
    en: 'Open the activity you want to comment on: the comment goes to the LIS, and the leader sees it.',
  },
  commentActivityLabel: {
    nb: 'Kommentar til LIS-en (erstatter en kommentar du har skrevet før)',
    en: 'Comment for the LIS (replaces one you wrote before)',
  },
  advisorActivityComment: { nb: 'Veileders kommentar', en: 'The advisor’s comment' },
  advisorActivityCommentToYou: {
    nb: '{name} (veileder) har kommentert aktiviteten din «{what}»: «{comment}»',
    en: '{name} (advisor) commented on your activity "{what}": "{comment}"',
  },
  doneActivityComment: { nb: 'Kommentaren er sendt: {what}.', en: 'The comment is sent: {what}.' },
  err_prior_wrong_arena: {
    nb: 'Dette læringsmålet godkjennes {arenaWhere}: en godkjenning fra et annet sted gjelder ikke for det.',
    en: 'This learning goal is approved {arenaWhere}: an approval from elsewhere does not count for it.',
  },
  verb_goal_claimPrior: {
    nb: 'registrerte en tidligere godkjenning til bekreftelse',
    en: 'recorded an earlier approval for confirmation',
  },
  priorGoalsLabel: { nb: 'Læringsmål som er godkjent', en: 'Learning goals approved' },
  recordPriorPlace: { nb: 'Hvor (arbeidssted)', en: 'Where (workplace)' },
  recordPriorApprover: { nb: 'Godkjent av', en: 'Approved by' },
  recordPriorDate: { nb: 'Dato for godkjenning', en: 'Date of approval' },
} as const satisfies Record<string, Record<Lang, string>>;

export type TextKey = keyof typeof TEXTS;

/** True for the key of a text (so a reason code from an operation can name its text safely). */
export function isTextKey(key: string): key is TextKey {
  return Object.hasOwn(TEXTS, key);
}

/** A user text in the given language, with `{name}` placeholders filled in. */
export function t(lang: Lang, key: TextKey, vars: Record<string, string | number> = {}): string {
  return fillPlaceholders(lang, TEXTS[key][lang], vars, PEOPLE);
}

/**
 * A sentence that opens with a person starts with a capital letter, also when the person is known
 * only as «personen» (invited by id, never seen here).
 */
const PEOPLE: ReadonlySet<string> = new Set(['name', 'names', 'leader', 'trainee']);

export { formatNumber };

/** The help content: what the bot can do, per audience, with examples to type. */
export interface HelpItem {
  command: string;
  what: string;
  /** Only for these roles (a delegate counts as a leader); unset: for all of them. */
  for?: readonly HelpRole[];
}

/** The roles the help card is cut to. */
export type HelpRole = 'leader' | 'delegate' | 'advisor' | 'supervisor';
/** The leader's own: a delegate approves for the leader, but neither delegates further nor creates workplaces. */
const LEADER: readonly HelpRole[] = ['leader'];
const EMPLOYER: readonly HelpRole[] = ['leader', 'delegate'];
const FOLLOWS: readonly HelpRole[] = ['leader', 'delegate', 'advisor'];
const SUPERVISES: readonly HelpRole[] = ['supervisor'];
const ADVISES: readonly HelpRole[] = ['advisor'];

/** The help content of one language: the two sections, and buttons to press for each audience. */
export interface Help {
  lis: HelpItem[];
  roles: HelpItem[];
  /** For someone the app knows nothing of yet, or who is a LIS and holds roles too. */
  examples: string[];
  examplesLis: string[];
  examplesRoles: string[];
}

const HELP: Record<Lang, Help> = {
  nb: {
    lis: [
      { command: 'hva gjenstår?', what: 'hvor langt du har kommet, og hva som mangler' },
      { command: 'kom i gang', what: 'registrer deg og inviter leder, veileder og supervisører' },
      { command: 'ny aktivitet', what: 'registrer en læringsaktivitet og be om signering' },
      { command: 'be om godkjenning DEL1-042', what: 'be lederen godkjenne et læringsmål' },
      {
        command: 'mine forespørsler',
        what: 'det du har bedt om godkjenning av, og som venter: trekk tilbake',
      },
      { command: 'inviter', what: 'inviter leder, veileder og supervisører' },
      { command: 'roller', what: 'se og endre hvem som har hvilken rolle' },
      { command: 'mine aktiviteter', what: 'de nyeste læringsaktivitetene dine, hver med sitt kort' },
      {
        command: 'hvilke kurs mangler jeg?',
        what: 'kursene du har registrert, og Statsforvalterens for LIS1',
      },
      { command: 'veiledning', what: 'veiledningssamtaler: avtal, flytt, forbered, les referat' },
      { command: 'eksporter til kompetanseportalen', what: 'godkjente læringsmål, klare til å føres inn' },
      {
        command: 'hva betyr tverrnivå?',
        what: 'ordene i spesialistutdanningen forklart (FKM, innfridd, resttjeneste …)',
      },
      { command: 'hvem ser dataene mine?', what: 'hvem som ser hva: fremdrift, fravær, referater' },
    ],
    roles: [
      { command: 'hva venter på meg?', what: 'signeringer og godkjenninger som venter på deg' },
      { command: 'hva gjenstår for «navn»?', what: 'status for en LIS du har en rolle for' },
      { command: 'DEL1-012 for «navn»', what: 'kortet for ett læringsmål, med knappene du kan trykke på' },
      {
        command: 'historikk DEL1-012 for «navn»',
        what: 'hvem som har gjort hva med læringsmålet, og når',
        for: FOLLOWS,
      },
      {
        command: 'signer «navn»: hva, DEL1-012',
        what: 'supervisør: registrer og signer en aktivitet for en LIS i én melding',
        for: SUPERVISES,
      },
      { command: 'signer «navn»', what: 'det samme, i et skjema', for: SUPERVISES },
      {
        command: 'hva har jeg signert?',
        what: 'aktivitetene du har signert eller sendt tilbake, det nyeste først',
        for: SUPERVISES,
      },
      {
        command: 'veiledning med «navn»',
        what: 'veileder: samtalene med en LIS: avtal, flytt, skriv og ferdigstill referatet',
        for: ADVISES,
      },
      {
        command: 'roller for «navn»',
        what: 'leder og veileder: hvem som har hvilken rolle rundt en LIS',
        for: FOLLOWS,
      },
      {
        command: 'aktiviteter for «navn»',
        what: 'leder og veileder: de nyeste læringsaktivitetene til en LIS',
        for: FOLLOWS,
      },
      {
        command: 'opprett arbeidssted «navn»',
        what: 'leder: arbeidsstedet LIS-ene dine velger når de registrerer seg',
        for: LEADER,
      },
      { command: 'deleger', what: 'la en annen godkjenne på dine vegne i en periode', for: LEADER },
      {
        command: 'hva har jeg godkjent?',
        what: 'læringsmålene du har godkjent eller sendt tilbake, det nyeste først',
        for: EMPLOYER,
      },
      {
        command: 'hva ble godkjent mens jeg var borte?',
        what: 'det stedfortrederen din har godkjent eller sendt tilbake på dine vegne',
        for: LEADER,
      },
      {
        command: 'fravær',
        what: 'registrer fravær for en LIS du er leder eller stedfortreder for',
        for: EMPLOYER,
      },
      {
        command: 'tjenesteperioder for «navn»',
        what: 'periodene med sted, LIS1-delene, fravær per periode',
        for: FOLLOWS,
      },
      { command: 'tjenesteattest', what: 'bekreftelse på gjennomført tjeneste (utkast, PDF)', for: EMPLOYER },
    ],
    examples: ['hva gjenstår?', 'hva venter på meg?', 'kom i gang'],
    examplesLis: ['hva gjenstår?', 'ny aktivitet', 'mine aktiviteter'],
    examplesRoles: ['hva venter på meg?', 'mine LIS', 'mine roller'],
  },
  en: {
    lis: [
      { command: 'what is left?', what: 'how far you have come, and what is missing' },
      { command: 'get started', what: 'register and invite your leader, advisor and supervisors' },
      { command: 'new activity', what: 'record a learning activity and ask for a signature' },
      { command: 'request approval DEL1-042', what: 'ask your leader to approve a learning goal' },
      { command: 'my requests', what: 'what you asked approval for that still waits: recall it' },
      { command: 'invite', what: 'invite your leader, advisor and supervisors' },
      { command: 'roles', what: 'see and change who holds which role' },
      { command: 'my activities', what: 'your newest learning activities, each with its card' },
      {
        command: 'which courses do I need?',
        what: 'the courses you recorded, and the county governor’s for LIS1',
      },
      { command: 'advisory sessions', what: 'schedule, move, prepare, read the minutes' },
      { command: 'export to Kompetanseportalen', what: 'approved learning goals, ready to register' },
      {
        command: 'what does cross-level mean?',
        what: 'the words of specialist training explained (FKM, met, resttjeneste …)',
      },
      { command: 'who can see my data?', what: 'who sees what: progress, absence, minutes' },
    ],
    roles: [
      { command: 'what needs my approval?', what: 'sign-offs and approvals waiting for you' },
      { command: "what's left for «name»?", what: 'the status of a LIS you hold a role for' },
      {
        command: 'DEL1-012 for «name»',
        what: 'the card of one learning goal, with the buttons you may press',
      },
      {
        command: 'history of DEL1-012 for «name»',
        what: 'who did what with the learning goal, and when',
        for: FOLLOWS,
      },
      {
        command: 'sign «name»: what, DEL1-012',
        what: 'supervisor: record and sign an activity for a LIS in one message',
        for: SUPERVISES,
      },
      { command: 'sign «name»', what: 'the same, in a form', for: SUPERVISES },
      {
        command: 'what have I signed?',
        what: 'the activities you signed or returned, newest first',
        for: SUPERVISES,
      },
      {
        command: 'sessions with «name»',
        what: 'advisor: the sessions with a LIS: schedule, move, write and finalise the minutes',
        for: ADVISES,
      },
      {
        command: 'roles of «name»',
        what: 'leader and advisor: who holds which role around a LIS',
        for: FOLLOWS,
      },
      {
        command: 'activities of «name»',
        what: 'leader and advisor: the newest learning activities of a LIS',
        for: FOLLOWS,
      },
      {
        command: 'create workplace «name»',
        what: 'leader: the workplace your LIS choose when they register',
        for: LEADER,
      },
      { command: 'delegate', what: 'let someone approve on your behalf for a period', for: LEADER },
      {
        command: 'what have I approved?',
        what: 'the learning goals you approved or returned, newest first',
        for: EMPLOYER,
      },
      {
        command: 'what was approved while I was away?',
        what: 'what your delegate approved or returned on your behalf',
        for: LEADER,
      },
      { command: 'absence', what: 'record absence for a LIS you lead or approve for', for: EMPLOYER },
      {
        command: 'service periods of «name»',
        what: 'the periods with place, the LIS1 parts, absence per period',
        for: FOLLOWS,
      },
      {
        command: 'service confirmation',
        what: 'confirmation of completed service (draft, PDF)',
        for: EMPLOYER,
      },
    ],
    examples: ['what is left?', "what's waiting for me?", 'get started'],
    examplesLis: ['what is left?', 'new activity', 'my activities'],
    examplesRoles: ["what's waiting for me?", 'my trainees', 'my roles'],
  },
};

export function helpContent(lang: Lang): Help {
  return HELP[lang];
}
