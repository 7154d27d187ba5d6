/** The two languages of the app: bokmål first, English second. */
export type Lang = 'nb' | 'en';

/** Bokmål unless the client says English (`en-*`); Norwegian and unknown locales get bokmål. */
export function langOf(locale: string | undefined | null): Lang {
  return locale && /^en(-|_|$)/i.test(locale.trim()) ? 'en' : 'nb';
}

const TEXTS = {
  helpTitle: { nb: 'Dette kan jeg hjelpe deg med', en: 'This is what I can help you with' },
  helpIntro: {
    nb: 'Jeg holder orden på læringsmål, signeringer og godkjenninger i spesialistutdanningen, rett her i Teams.',
    en: 'I keep track of learning goals, sign-offs and approvals in specialist training, right here in Teams.',
  },
  helpLisHeading: { nb: 'Som LIS', en: 'As a LIS' },
  helpRolesHeading: { nb: 'Som leder, veileder eller supervisør', en: 'As a leader, advisor or supervisor' },
  helpExamplesHeading: { nb: 'Prøv for eksempel', en: 'Try for example' },
  helpNotUnderstood: {
    nb: 'Det forsto jeg ikke helt. Her er det jeg kan:',
    en: "I didn't quite get that. Here is what I can do:",
  },
  helpFooter: {
    nb: 'Skriv «hjelp» når som helst for å se dette igjen.',
    en: 'Type "help" at any time to see this again.',
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
  refusedTitle: { nb: 'Dette kan du ikke gjøre', en: "You can't do this" },
  nothingChanged: { nb: 'Ingenting er endret.', en: 'Nothing has changed.' },
  err_no_identity: {
    nb: 'Jeg kan ikke se hvem du er. Bruk Teams med jobbkontoen din.',
    en: "I can't tell who you are. Use Teams with your work account.",
  },
  err_no_role: { nb: 'Du har ingen rolle for {trainee}.', en: 'You hold no role for {trainee}.' },
  err_not_allowed: {
    nb: 'Som {standing} for {trainee} kan du ikke gjøre dette.',
    en: 'As {standing} for {trainee} you cannot do this.',
  },
  err_not_found: {
    nb: 'Fant ikke det dette kortet viser til. Det kan ha blitt fjernet.',
    en: 'I could not find what this card refers to. It may have been removed.',
  },
  err_not_assigned: {
    nb: 'Denne signeringen er bedt om fra {name}, ikke fra deg.',
    en: 'This sign-off was asked of {name}, not of you.',
  },
  err_comment_required: { nb: 'Skriv en kommentar for å returnere.', en: 'Write a comment to return it.' },
  err_comment_too_long: {
    nb: 'Kommentaren er for lang: {length} tegn, høyst {max}. Ingenting er lagret.',
    en: 'The comment is too long: {length} characters, at most {max}. Nothing was saved.',
  },
  err_basis_comment_required: {
    nb: 'Grunnlaget er ufullstendig. Skriv en kommentar for å godkjenne likevel.',
    en: 'The basis is incomplete. Write a comment to approve anyway.',
  },
  err_wrong_arena: {
    nb: 'Dette læringsmålet godkjennes i {arena}, ikke av {employer}.',
    en: 'This learning goal is approved in the {arena} arena, not by {employer}.',
  },
  err_not_pending: { nb: 'Dette venter ikke lenger på noen.', en: 'This is no longer waiting for anyone.' },
  err_already_pending: { nb: 'Dette venter allerede.', en: 'This is already waiting.' },
  err_already_approved: { nb: 'Læringsmålet er allerede godkjent.', en: 'The learning goal is already approved.' },
  err_already_signed: { nb: 'Aktiviteten er allerede signert.', en: 'The activity is already signed.' },
  err_same_supervisor: { nb: 'Forespørselen ligger allerede hos {name}.', en: 'The request is already with {name}.' },
  err_description_required: { nb: 'Beskriv aktiviteten.', en: 'Describe the activity.' },
  err_no_goals: { nb: 'Velg minst ett læringsmål.', en: 'Choose at least one learning goal.' },
  err_bad_date: { nb: 'Datoen kan ikke være fram i tid.', en: 'The date cannot be in the future.' },
  err_not_registered: {
    nb: 'Du er ikke registrert som LIS ennå. Skriv «kom i gang».',
    en: 'You are not registered as a LIS yet. Type "get started".',
  },
  err_no_supervisor: {
    nb: 'Du har ingen supervisør som har takket ja ennå. Inviter en med «inviter».',
    en: 'No supervisor has accepted yet. Invite one with "invite".',
  },
  err_self_invite: { nb: 'Du kan ikke invitere deg selv.', en: 'You cannot invite yourself.' },
  err_has_leader: {
    nb: '{trainee} har allerede en leder. Velg «Erstatt nåværende» for å bytte.',
    en: '{trainee} already has a leader. Choose "Replace current" to change.',
  },
  err_has_advisor: {
    nb: '{trainee} har allerede en veileder. Velg «Erstatt nåværende» for å bytte.',
    en: '{trainee} already has an advisor. Choose "Replace current" to change.',
  },
  err_already_invited: { nb: '{name} er allerede invitert til denne rollen.', en: '{name} is already invited to this role.' },
  err_already_holds_role: { nb: '{name} har allerede denne rollen.', en: '{name} already holds this role.' },
  err_invitation_not_found: { nb: 'Fant ikke invitasjonen.', en: 'I could not find the invitation.' },
  err_not_invitee: {
    nb: 'Denne invitasjonen er til {name}, ikke til deg. Bare den inviterte kan svare.',
    en: 'This invitation is for {name}, not for you. Only the invitee can answer.',
  },
  err_already_accepted: { nb: 'Invitasjonen er allerede godtatt.', en: 'The invitation has already been accepted.' },
  err_already_declined: { nb: 'Invitasjonen er allerede avslått.', en: 'The invitation has already been declined.' },
  err_invitation_withdrawn: { nb: 'Invitasjonen er trukket tilbake.', en: 'The invitation has been withdrawn.' },
  err_invitation_expired: {
    nb: 'Invitasjonen har gått ut. Be om en ny.',
    en: 'The invitation has expired. Ask for a new one.',
  },
  err_role_not_found: { nb: 'Personen har ikke denne rollen.', en: 'The person does not hold this role.' },
  err_bad_period: { nb: 'Sluttdatoen er før startdatoen.', en: 'The end date is before the start date.' },
  err_delegate_is_leader: { nb: 'Du kan ikke delegere til deg selv.', en: 'You cannot delegate to yourself.' },
  err_no_person_picked: { nb: 'Velg en person.', en: 'Choose a person.' },
  err_bad_input: { nb: 'Noe i skjemaet mangler eller er feil: {field}.', en: 'Something in the form is missing or wrong: {field}.' },
  staleCard: { nb: 'Kortet var utdatert. Slik står det nå:', en: 'The card was out of date. This is how it stands now:' },
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
  remind: { nb: 'Påminn {name}', en: 'Remind {name}' },
  remindedAt: { nb: 'Sist påminnet {when}.', en: 'Last reminded {when}.' },
  remindOncePerDay: {
    nb: '{name} ble påminnet {when}. Du kan påminne én gang i døgnet.',
    en: '{name} was reminded {when}. You can remind once a day.',
  },
  noLongerNeedsAction: { nb: 'Trenger ikke lenger handling fra deg.', en: 'No longer needs action from you.' },
  lis: { nb: 'LIS', en: 'LIS' },

  // Learning activities and sign-off
  activityCardTitle: { nb: 'Signering av læringsaktivitet', en: 'Sign-off of a learning activity' },
  activityAsks: { nb: '{trainee} ber deg signere', en: '{trainee} asks you to sign' },
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
  kind_other: { nb: 'Annet', en: 'Other' },
  act_registered: { nb: 'Ikke sendt til signering', en: 'Not sent for signing' },
  act_pending: { nb: 'Venter på signering fra {name}', en: 'Waiting for {name} to sign' },
  act_signed: { nb: 'Signert', en: 'Signed' },
  act_returned: { nb: 'Returnert til {trainee}', en: 'Returned to {trainee}' },
  act_met: { nb: 'Godkjent som oppfylt av leder', en: 'Marked as met by the leader' },
  act_recalled: { nb: 'Trukket tilbake av {trainee}', en: 'Recalled by {trainee}' },
  act_moved: { nb: 'Flyttet til {name}', en: 'Moved to {name}' },
  signedBy: { nb: 'Signert av {name} {when}.', en: 'Signed by {name} on {when}.' },
  returnedBy: { nb: 'Returnert av {name} {when}.', en: 'Returned by {name} on {when}.' },
  signCommentLabel: {
    nb: 'Kommentar (valgfri ved signering, påkrevd ved retur)',
    en: 'Comment (optional to sign, required to return)',
  },
  commentPlaceholder: { nb: 'Skriv en kommentar …', en: 'Write a comment …' },
  sign: { nb: 'Signer', en: 'Sign' },
  returnIt: { nb: 'Returner', en: 'Return' },
  moveTo: { nb: 'Send til {name} i stedet', en: 'Send to {name} instead' },

  // Goals and approval
  goalCardTitle: { nb: 'Godkjenning av læringsmål', en: 'Approval of a learning goal' },
  goalAsks: { nb: '{trainee} ber om godkjenning', en: '{trainee} asks for approval' },
  goalOf: { nb: 'Læringsmål for {trainee}', en: 'Learning goal of {trainee}' },
  goal: { nb: 'Læringsmål', en: 'Learning goal' },
  arena: { nb: 'Arena', en: 'Arena' },
  catalog: { nb: 'Katalog', en: 'Catalog' },
  crossLevel: { nb: 'Tverrnivå', en: 'Cross-level' },
  crossLevelValue: {
    nb: 'Ja: aktiviteter fra sykehus og kommune teller',
    en: 'Yes: activities from hospital and municipality count',
  },
  requested: { nb: 'Sendt', en: 'Sent' },
  arena_hospital: { nb: 'sykehus', en: 'hospital' },
  arena_municipality: { nb: 'kommunen', en: 'municipality' },
  arena_psychiatry: { nb: 'psykiatri', en: 'psychiatry' },
  basis: { nb: 'Grunnlag', en: 'Basis' },
  basisSigned: { nb: '✔ {what} – signert av {name} {when}', en: '✔ {what} – signed by {name} on {when}' },
  basisAdvisor: { nb: '✔ Veileder {name} anbefaler: «{text}»', en: '✔ Advisor {name} recommends: "{text}"' },
  basisAdvisorPlain: { nb: '✔ Veileder {name} anbefaler godkjenning', en: '✔ Advisor {name} recommends approval' },
  basisNoAdvisor: { nb: '✘ Ingen anbefaling fra veileder ennå', en: '✘ No recommendation from the advisor yet' },
  basisNoSupervisor: { nb: '✘ Ingen signert aktivitet fra supervisør', en: '✘ No activity signed by a supervisor' },
  basisIncomplete: {
    nb: 'Grunnlaget er ufullstendig: {missing}. Du kan godkjenne likevel, men må da skrive en kommentar.',
    en: 'The basis is incomplete: {missing}. You can approve anyway, but must then write a comment.',
  },
  missing_advisor: { nb: 'ingen anbefaling fra veileder', en: 'no recommendation from the advisor' },
  missing_supervisor: { nb: 'ingen signert aktivitet fra supervisør', en: 'no activity signed by a supervisor' },
  and: { nb: 'og', en: 'and' },
  goal_not_started: { nb: 'Ikke startet', en: 'Not started' },
  goal_in_progress: { nb: 'Pågår', en: 'In progress' },
  goal_pending: { nb: 'Venter på godkjenning fra {name}', en: 'Waiting for approval from {name}' },
  goal_approved: { nb: 'Godkjent', en: 'Approved' },
  goal_returned: { nb: 'Returnert til {trainee}', en: 'Returned to {trainee}' },
  goal_recalled: { nb: 'Trukket tilbake av {trainee}', en: 'Recalled by {trainee}' },
  approvedBy: { nb: 'Godkjent av {name} {when}.', en: 'Approved by {name} on {when}.' },
  approvedByFor: { nb: 'Godkjent av {name} på vegne av {leader} {when}.', en: 'Approved by {name} on behalf of {leader} on {when}.' },
  approvedPrior: {
    nb: 'Godkjent ved {place} av {name} {when} (registrert i etterkant).',
    en: 'Approved at {place} by {name} on {when} (recorded afterwards).',
  },
  goalReturnedBy: { nb: 'Returnert av {name} {when}.', en: 'Returned by {name} on {when}.' },
  approveCommentLabel: {
    nb: 'Kommentar (påkrevd ved retur og ved ufullstendig grunnlag)',
    en: 'Comment (required to return, and when the basis is incomplete)',
  },
  recommendLabel: { nb: 'Din anbefaling til leder', en: 'Your recommendation to the leader' },
  approve: { nb: 'Godkjenn', en: 'Approve' },
  recommendApproval: { nb: 'Anbefal godkjenning', en: 'Recommend approval' },
  theLeader: { nb: 'leder', en: 'the leader' },

  // Notifications
  askActivity: { nb: '{trainee} ber deg signere en læringsaktivitet.', en: '{trainee} asks you to sign a learning activity.' },
  reminderActivity: {
    nb: 'Påminnelse: {trainee} venter på at du signerer en læringsaktivitet.',
    en: 'Reminder: {trainee} is waiting for you to sign a learning activity.',
  },
  askGoal: { nb: '{trainee} ber deg godkjenne et læringsmål.', en: '{trainee} asks you to approve a learning goal.' },
  reminderGoal: {
    nb: 'Påminnelse: {trainee} venter på godkjenning av et læringsmål.',
    en: 'Reminder: {trainee} is waiting for approval of a learning goal.',
  },
  lisActivitySigned: { nb: '{name} har signert aktiviteten din', en: '{name} signed your activity' },
  lisActivityReturned: { nb: '{name} har returnert aktiviteten din', en: '{name} returned your activity' },
  lisGoalApproved: { nb: 'Læringsmålet ditt er godkjent', en: 'Your learning goal is approved' },
  lisGoalReturned: { nb: 'Læringsmålet ditt er returnert', en: 'Your learning goal was returned' },
  reminderSent: { nb: 'Påminnelse sendt til {name}.', en: 'Reminder sent to {name}.' },
  cannotReach: {
    nb: 'Jeg kan ikke nå {name} i Teams ennå. Be {name} åpne appen «LIS» og skrive «hei» til meg, så ser de forespørselen under «hva venter på meg?».',
    en: 'I cannot reach {name} in Teams yet. Ask {name} to open the "LIS" app and say "hi" to me; they will then find the request under "what needs my approval?".',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type TextKey = keyof typeof TEXTS;

/** A user text in the given language, with `{name}` placeholders filled in. */
export function t(lang: Lang, key: TextKey, vars: Record<string, string | number> = {}): string {
  return TEXTS[key][lang].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** The help content: what the bot can do, per audience, with examples to type. */
export interface HelpItem {
  command: string;
  what: string;
}

const HELP: Record<Lang, { lis: HelpItem[]; roles: HelpItem[]; examples: string[] }> = {
  nb: {
    lis: [
      { command: 'hva gjenstår?', what: 'hvor langt du har kommet, og hva som mangler' },
      { command: 'kom i gang', what: 'registrer deg og inviter leder, veileder og supervisører' },
      { command: 'ny aktivitet', what: 'registrer en læringsaktivitet og be om signering' },
    ],
    roles: [
      { command: 'hva venter på meg?', what: 'signeringer og godkjenninger som venter på deg' },
      { command: 'hva gjenstår for «navn»?', what: 'status for en LIS du har en rolle for' },
    ],
    examples: ['hva gjenstår?', 'hva venter på meg?', 'hjelp'],
  },
  en: {
    lis: [
      { command: 'what is left?', what: 'how far you have come, and what is missing' },
      { command: 'get started', what: 'register and invite your leader, advisor and supervisors' },
      { command: 'new activity', what: 'record a learning activity and ask for a signature' },
    ],
    roles: [
      { command: 'what needs my approval?', what: 'sign-offs and approvals waiting for you' },
      { command: "what's left for «name»?", what: 'the status of a LIS you hold a role for' },
    ],
    examples: ['what is left?', "what's waiting for me?", 'help'],
  },
};

export function helpContent(lang: Lang): { lis: HelpItem[]; roles: HelpItem[]; examples: string[] } {
  return HELP[lang];
}
