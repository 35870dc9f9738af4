# knownline's words for the person, in English. Every message here must exist in every locale
# file (knowledge/locales/*.ftl); a missing one refuses the pack. Variables are filled by the
# engine; see knowledge/playbooks.toml for what each means.

## Words the steps are built from

it-support-default = your own IT support
it-support-line-default = your own IT support on a number you already know
# "Acme IT on +1 617-555-0100"
call-line = { $name } on { $number }

## Verdicts and headings

verdict-scam = Scam
verdict-suspicious = Suspicious
verdict-no_signs = No signs of a scam
heading-steps = What to do now
heading-reasons = Why
heading-more-reasons = More reasons

## Scam families (what kind of scam this looks like)

family-tech_support = Fake tech support
family-bank = Fake bank or card call
family-police = Fake police or official
family-government = Fake tax office or government
family-family = Fake family emergency
family-investment = Investment or crypto scam
family-utility = Fake utility cut-off
family-parcel = Fake parcel or customs fee
family-prize = Fake prize, job or fee
family-codes = Someone after your codes
family-account = Fake account warning

## Reasons: one per tactic, followed by what the contact said

tactic-authority_impersonation = Pretends to be someone you trust
tactic-callback_lure = Wants you to call a number it gives
tactic-credential_request = Asks for a code, password or card details
tactic-lookalike_domain = Its link only looks like the real company's
tactic-phone_on_warning = A security warning with a phone number
tactic-refund_overpayment = A refund or "overpayment" you must pay back
tactic-remote_access = Wants to get into your computer or phone
tactic-scareware = Frightens you with a fake virus alarm
tactic-secrecy = Tells you to keep it secret or stay on the line
tactic-sender_spoofing = The sender is not who it says
tactic-too_good_offer = An offer too good to be true
tactic-unsolicited_support = "Support" you never asked for
tactic-unusual_payment = Wants payment in a way real organisations don't use
tactic-urgency_threat = Threatens you to make you act fast
tactic-text_model = Worded like scams we have seen
tactic-known_scam = Already reported in scams
tactic-directory_mismatch = Doesn't match your organisation's directory

## Steps

step-any-known_sender = Your directory has this number as { $sender_known }'s, but caller ID and sender names can be faked. To be sure, hang up and call { $sender_known_line } yourself before you do anything they ask.
step-any-bare_number = Nothing links { $bare_number } to anyone we know, and caller ID can be faked. If someone called from it or asked you to call it, hang up and call the organisation they named on a number you already know — from your card, a bill or a contract.

step-call-hang_up_directory = Hang up. If you need { $dir_claimed }, call { $dir_claimed_line } yourself — the number in your directory, never one the caller gave.
step-call-hang_up_it = Hang up. Call { $it_support_line }.
step-call-hang_up_bank_159 = Hang up. Call { $bank_line } to be put through to your own bank — from another phone if you can, as some scammers keep the line open.
step-call-hang_up_bank = Hang up. Call your bank on the number on the back of your card — from another phone if you can, as some scammers keep the line open.
step-call-hang_up_police = Hang up. Real police never ask for money, bank cards or valuables, and never send anyone to collect them.
step-call-hang_up_government = Hang up. If you think you may owe something, contact the office yourself, on the number on one of its letters or on its official website.
step-call-hang_up_family = Hang up, then call your relative back on the number you have always had for them — not a new one.
step-call-hang_up_utility = Hang up. Check your account with the company yourself, on the number printed on your bill.
step-call-hang_up_codes = Hang up. Don't read out or type in any code: no real bank or company asks for one on a call.
step-call-hang_up_investment = Hang up and send no more money. Real investment firms don't call out of the blue, and nobody can get lost money back for a fee.
step-call-hang_up_prize = Hang up. A real prize never costs anything to collect.
step-call-hang_up = Hang up. If it might be real, call the organisation back on a number you already know — from your card, a bill or its official website.
step-call-police_call_back = If you are worried, call the police yourself on { $police } — or { $emergency } in an emergency.
step-call-police_call_back_local = If you are worried, call your local police yourself, on a number you look up — never one the caller gives you.
step-call-not_tech_support = The only people with a reason to call you about your computer are your own IT support. Whoever this was, they are not.
step-call-bank_never = Your bank will never ask you to move money to a "safe account", hand your card to a courier or read out a code.
step-call-family_check = If you can't reach them, ask a question only the real person could answer, or call another relative. Send no money while you are unsure.
step-call-claimed_policy = { $claimed } says so itself: { $claimed_never }
step-call-dont_call_back_given = Don't call back the number they gave ({ $numbers }): it reaches the same people.
step-call-verify_claimed = If you want to be sure, contact { $claimed } yourself: { $how_to_reach }
step-call-no_signs = No signs of a scam were found in these notes. Still, if the caller asked you to pay, install something, log in or read out a code, hang up and call back on a number you already know.

step-email-dont_act = Don't click its links, don't open its attachments and don't reply.
step-email-dont_call = Don't call the number in the email ({ $numbers }): callback scams put their own number there.
step-sms-dont_act = Don't tap the link and don't reply.
step-sms-dont_call = Don't call the number in the text ({ $numbers }).

step-msg-check_directory = If you need { $dir_claimed }, call { $dir_claimed_line } — the number in your directory, not one from this message.
step-msg-check_it = If you are unsure about an order, a renewal or your computer, call { $it_support_line }.
step-msg-check_bank = If you are worried about your account, open your bank's app yourself or call the number on the back of your card.
step-msg-check_government = Check any tax, fine or benefit on the official website, typed in by hand, or on a letter you received.
step-msg-check_police = Police don't demand payment by message. If you are unsure, call your local police on a number you look up yourself.
step-msg-check_parcel = Check the delivery in the carrier's own app or website, typed in by hand: carriers don't ask for fees by message.
step-msg-check_family = Call your relative on the number you have always had for them before you do anything — not a new one.
step-msg-check_utility = Check your account with the company on the number printed on your bill.
step-msg-check_account = If you are worried about the account, sign in the way you always do — in the app, or on the website typed in by hand — never through this message.
step-msg-verify_claimed = If you think it might be real, check with { $claimed } yourself: { $how_to_reach }
step-msg-check_sender = If it asks you to act, check with the sender on a number you already know — never one in the message.
step-msg-claimed_policy = { $claimed } says so itself: { $claimed_never }

step-popup-dont_call = Don't call the number on the page{ $numbers_suffix }, and click nothing on it.
step-popup-close = Close the browser: press Alt+F4 (on a Mac, Cmd+Q). If the page won't let go, press Ctrl+Shift+Esc and end the browser in Task Manager (on a Mac, Cmd+Option+Esc). On a phone, close the tab or force-quit the browser app.
step-popup-claimed_never = { $claimed_tech } says so itself: { $claimed_never }
step-popup-real_warnings = Real security warnings never ask you to call a phone number.
step-popup-dont_paste = Never paste anything a page or a message gives you into the Run box, PowerShell or a terminal. If you already did, disconnect the computer from the internet and call { $it_support_line }.
step-popup-dont_restore = When you open the browser again, don't restore the previous tabs.
step-popup-scan = Then run a full scan with your own antivirus.
step-popup-no_signs = No signs of a scareware page were found. A real warning never asks you to call a number or install remote-access software.

step-any-codes = Never read out or type in a one-time code, password or PIN for someone who contacted you: real banks and companies don't ask for them.
step-any-codes_family = Never pass on a code you were sent, and never approve a sign-in you didn't start yourself.
step-any-no_fee = Real prizes, jobs and investments never make you pay first or move you to WhatsApp or Telegram. Stop replying, and send no money, ID documents or bank details.
step-any-if_access_given = If you already let them into your computer: disconnect it from the internet (unplug the cable, turn off Wi-Fi), don't log in to anything on it, and call { $it_support_line }.
step-any-if_paid_family = If you already sent money: call your bank now and tell them it was a scam.
step-any-if_paid_investment = If you already paid: tell your bank now, and beware of anyone who offers to recover your money — that is the same scam again.
step-any-if_paid = If you already paid or gave card or bank details: call your bank now on the number on your card and tell them it was a scam.
step-any-if_code_given = If you already gave a password or a code: change that password from your own device, starting with your email, and tell { $it_support }.

step-sms-report_spam_number = Forward the text to { $spam_text } (free) to report it, then delete it.
step-sms-report = Report it as junk in your messaging app, then delete it.
step-email-report = Report it to { $it_support }, then delete it.
step-any-tell_it = Tell { $it_support } what happened, especially if you called a number, typed a password or let anyone into your computer.
step-any-report_fraud = Report it to { $fraud_report }.
step-msg-no_signs = No signs of a scam were found. If the message asks you to pay, log in or call a number, check with the sender on a number you already know.

## The report

summary-scam = This is very likely a scam.
summary-suspicious = This has signs of a scam: treat it as one until you have checked.
summary-no_signs = No signs of a scam were found.
score = score
partly-checked = Only partly checked:
channel-call = a phone call
channel-email = an email
channel-sms = a text message
channel-popup = a web page or pop-up
channel-guessed = read as { $channel } (guessed; set --channel to change)
# A quote from the contact.
quoted = “{ $text }”

## The web page's own words
ui-partly-rest = Treat what was not checked with the same care.
ui-call = Call { $number }
ui-read-as = Read as { $channel }. Not right? Read it as:
ui-what-you-pasted = What you pasted
ui-your-name = Your name (optional)
ui-your-email = Your email, for IT support's answer (optional)
ui-note = Anything IT support should know (optional)
ui-report = Report to IT support
# The language's own name, as its speakers look for it in a list.
language-name = English

## The Check page
ui-check-title = Check a call, an email, a text or a pop-up
ui-check-for-org = For the people of { $org }. Nothing is sent to IT support unless you choose to report it.
ui-warning-from-it = Warning from IT support ({ $when }):
ui-what-was-it = What was it?
ui-channel-any = Let knownline tell
ui-channel-call = A phone call (notes or transcript)
ui-channel-email = An email (the whole message)
ui-channel-sms = A text message
ui-channel-popup = A pop-up or web page
ui-paste = Paste it here, write what the caller said, or type the number or link
ui-from = The number or address it came from (optional)
ui-check = Check
ui-or-upload = Or upload an email
ui-eml = The message saved as .eml
ui-check-email = Check the email

## The site's pages (navigation, sign-in, account, verifying a caller, incidents, the
## directory). IT support's own pages (campaigns, the scam list, organisations, users, the
## audit log) use these where they share them.

web-nav-main = Main
web-nav-check = Check
web-nav-verify = Verify a caller
web-nav-incidents = Incidents
web-nav-directory = Directory
web-nav-campaigns = Campaigns
web-nav-scam-list = Scam list
web-nav-orgs = Organisations
web-nav-tokens = API tokens
web-nav-users = Users
web-nav-audit = Audit log
web-nav-account = Your account
web-sign-out = Sign out { $email }
web-skip = Skip to content
web-menu = Menu
web-rule = Hang up. Call back on a number you already know.
web-sign-in = Sign in
web-email = Email
web-password = Password
web-new-password = Password (at least 12 characters)
web-login-email-too-long = That email address is too long.
web-login-blocked = Too many failed attempts. Wait 15 minutes and try again.
web-login-slowed = Too many attempts for this account just now. Wait a minute and try again.
web-try-later = Try again later.
web-login-no-match = That email and password don't match.
web-setup-title = Create the first admin
web-setup-intro = This link works once. The admin adds organisations, their directories and the people who use knownline.
web-setup-create = Create admin
web-not-email = Not an email
web-not-email-binary = That file holds binary data. Save the message as .eml (the raw message) and upload that.
web-result = Result
web-report = Report
web-reported = Reported. Thank you.
web-reported-next = { $org }'s IT support will look at it. You did the right thing by checking before acting.
web-reference = Reference:
web-check-another = Check something else
web-which-org = Which organisation?
web-which-org-why = Your account acts for several organisations (or none): report through the API with "org", or ask your admin.
web-too-many-reports = Too many reports
web-too-many-reports-why = This address has sent many reports in the last hour. Call your IT support on the number you know, or try again later.
web-verify-intro = Whoever calls or writes, get their name and number, hang up, and call back on a number you already know is theirs.
web-verify-claims = Who did they say they were?
web-verify-claims-example = Microsoft support, our IT support, Chase fraud department
web-verify-number = The number they called from or gave (optional)
web-verify-from = The address they wrote from (optional)
web-verify = Verify
web-verify-call-back = Call back
web-verify-after = After you called back
web-verify-genuine = It was genuine
web-verify-scam = It was a scam
web-thank-you = Thank you
web-verify-another = Verify another caller
web-filter = Filter
web-filter-status = Status
web-filter-channel = Channel
web-filter-verdict = Verdict
web-any = Any
web-incident-count = { $count ->
    [one] 1 incident
   *[other] { $count } incidents
}
web-col-reported = Reported
web-col-org = Organisation
web-pages = Pages
web-newer = Newer
web-older = Older
web-page-of = page { $page } of { $pages }
web-incident = Incident
web-reported-on = reported { $when }
web-reported-by = Reported by { $name }
web-reporter-anonymous = someone who gave no name (check link)
web-reporter-link = { $name } (check link)
web-the-contact = The contact
web-reporter-wrote = What the reporter wrote
web-replies = Replies from IT support
web-notes = Notes (IT support only)
web-triage = Triage
web-triage-list = Confirming it as a scam puts these on the shared scam list (a value in a trusted directory is kept off):
web-status-new = New (not triaged yet)
web-private-note = Private note (IT support only; the reporter never sees it)
web-reply-to-person = Reply to the person who reported it (they read it here, and by email)
web-reply-to-visitor = Reply to the visitor who reported it (sent by email to the address they typed, which nobody has verified)
web-reply-example = This was a scam — you did exactly the right thing by reporting it.
web-save = Save
code-scam = Scam
code-suspicious = Suspicious
code-no_signs = No signs of a scam
code-new = New
code-confirmed_scam = Confirmed scam
code-benign = Not a scam
code-closed = Closed
code-suggested = Suggested
code-active = On the list
code-removed = Removed
code-call = Phone call
code-email = Email
code-sms = Text message
code-popup = Pop-up or web page
code-member = Member
code-it_support = IT support
code-admin = Admin
code-webhook = Webhook
web-directories = Directories
web-no-orgs = No organisations yet: add one with
web-directory-of = { $org }'s directory
web-directory-intro = The numbers and addresses you already know: call back on these, never on one a caller gives you.
web-col-name = Name
web-col-role = Role
web-col-phones = Phones
web-col-domains = Domains
web-col-verified = Verified
web-remove = Remove
web-remove-named = Remove { $name }
web-directory-more = { $count ->
    [one] Showing 1,000 of 1 entry; export the rest with
   *[other] Showing 1,000 of { $count } entries; export the rest with
}
web-entry-add = Add or replace an entry
web-entry-phones = Phone numbers (separate with ;)
web-entry-domains = Email domains (separate with ;)
web-entry-aliases = Other names (separate with ;)
web-entry-note = Note
web-entry-verified = Verified on (YYYY-MM-DD)
web-entry-replace = Replace an entry of the same name
web-entry-save = Save entry
web-tokens-intro = A token lets a script or another tool use the API as you. Keep it secret; revoke it when it is no longer needed.
web-token-new = Your new token (shown once, copy it now):
web-col-created = Created
web-col-state = State
web-token-revoked = revoked { $when }
web-revoke = Revoke
web-revoke-named = Revoke { $name }
web-token-add = New token
web-token-for = What it is for
web-token-create = Create token
code-bank = Bank
code-card_issuer = Card issuer
code-vendor = Supplier
code-government = Government
code-utility = Utility
code-colleague = Colleague
code-other = Other
web-signed-in-as = Signed in as { $email } ({ $role }).
web-language = Language
web-language-choose = The language of these pages and of the answers you get
web-language-default = Automatic
web-language-auto-help = Automatic: your organisation's language, else your browser's.
web-language-saved = Saved: knownline now writes to you in this language.
web-password-change = Change your password
web-password-current = Current password
web-password-changed = Your password is changed; your other sessions have ended.
web-invite-title = Choose your password
web-invite-welcome = Welcome to knownline
web-invite-intro = You were invited as { $email }. Choose a password only you know: nobody else, not even IT support, ever needs it.
web-password-again = The same password again
web-invite-create = Create my account
web-passwords-differ = The two passwords are not the same.
web-status-is = Status: { $status }

## Verifying a caller: the answer to "they say they are X, from this number".
## { $callback } is a phrase saying whom to call back and how (verify-callback-*), placed
## where the language puts "call X on Y" inside a sentence.

verify-how-unknown = a number you find yourself, on a bill, a card, a contract or their official website typed by hand, never one the caller or the message gives you
verify-how-website = type { $org }'s official website into your browser yourself and use the contact page there
verify-your-own-it = your own IT support
verify-your-it = your IT support
verify-role-it_support = your IT support
verify-role-bank = your bank
verify-role-card_issuer = your card issuer
verify-role-government = the government office
verify-role-utility = your utility
verify-role-vendor = your supplier
verify-role-colleague = your colleague
verify-role-other = the party they named
verify-callback-phone = call { $name } on { $number }
verify-callback-on = call { $name } on { $how }
verify-callback-reach = reach { $name } yourself: { $how }
verify-callback-known = call { $name } on a number you already know
verify-flag-known = { $value } was confirmed in scams { $count ->
    [1] once
    [2] twice
   *[other] { $count } times
} (last on { $date }).
verify-flag-not-it = The only people with reason to contact you about your computer are your own IT support ({ $it }). { $party } is not.
# The same when the directory names no IT support (the sentence names it already).
verify-flag-not-it-unnamed = The only people with reason to contact you about your computer are your own IT support. { $party } is not.
verify-flag-not-it-number = They say they are { $it }, but { $number } is not { $it }'s number.
verify-flag-someone-elses = { $number } is { $owner }'s number in your directory, not { $party }'s: a caller ID can be copied.
verify-flag-not-theirs = { $number } is not { $party }'s number.
verify-flag-domain = { $domain } is not one of { $party }'s domains.
verify-summary-known = A known scam: { $flag }
verify-summary-mismatch = { $flag } Hang up and { $callback } instead.
verify-summary-number-matches = The number matches { $party } in your directory, but caller ID and sender names can be faked: to be sure, hang up and { $callback }.
verify-summary-domain-matches = The domain matches { $party } in your directory, but caller ID and sender names can be faked: to be sure, hang up and { $callback }.
verify-summary-unknown = knownline cannot tell whether this is really { $party }. Hang up and { $callback }.
verify-step-even-if-matches = Even though it matches, hang up (or don't reply) and { $callback } yourself: caller ID and sender names can be faked.
verify-step-hang-up = Hang up, or don't reply. You don't owe a caller an explanation.
verify-step-call-back = { $callback }.
verify-step-not-that-number = Don't call back { $number }: it reaches whoever gave it to you.
# { $statement } is the organisation's own words, quoted as they wrote them (in English).
verify-step-policy = { $org } says so itself: { $statement }
verify-step-no-remote = Let no one you didn't call yourself connect to your computer, and never read out codes, passwords or card numbers.
# { $where } is where the organisation asks scams to be reported, as it says it (in English).
verify-step-report = Report it: { $where }.
verify-step-tell-it = Tell { $it } what happened, so they can warn others.
web-verify-call-on = { $name } on { $number }

## IT support's own pages: people and roles, the audit log, campaigns.

code-analyst = Analyst
web-users-title = Users and roles
web-invitation-for = Invitation for { $email }
web-invitation-send = Send this link to them yourself (it works once, until { $until }). They choose their own password. It is shown only now.
web-all-orgs = all
web-invited-pending = Invited, not yet joined
web-until = until { $when }
web-invite = Invite a person
web-role-help-member = checks contacts, verifies callers and reports them; sees only their own reports, their status and IT support's replies
web-role-help-analyst = IT support of the organisations chosen: triages their reports, reads and writes private notes, edits their directories and settings, and confirms entries of the shared scam list
web-role-help-admin = everything, for every organisation: people and roles, organisations, imports and the whole shared scam list
web-org-none = none (admins only)
web-invite-make = Make an invitation link
web-audit-intro = Who changed what, newest first (the latest 200).
web-col-when = When
web-col-who = Who
web-col-what = What
web-col-on = On
web-col-detail = Detail
web-campaigns-intro = Reports that share a phone number, a domain or nearly the same words, across the organisations you look after.
web-campaigns-none = No campaigns: no two reports have anything in common yet.
web-campaign-reports = { $count ->
    [one] 1 report
   *[other] { $count } reports
}
web-campaign-orgs = { $count ->
    [one] 1 organisation
   *[other] { $count } organisations
}
web-campaign-numbers = Numbers:
web-campaign-domains = Domains:
web-campaign-same-words = Nearly the same words.
web-campaign-from-to = From { $from } to { $to }.
web-campaign-orgs-named = Organisations:
web-campaign-other-orgs = { $count ->
    [one] and 1 other
   *[other] and { $count } others
}
web-campaign-warning = Warning to every organisation affected
web-campaign-warn = Warn them all
web-warned = Warned
web-warned-orgs = { $count ->
    [one] 1 organisation was warned. Its people see it when they next check a contact.
   *[other] { $count } organisations were warned. Their people see it when they next check a contact.
}
web-back-to-campaigns = Back to campaigns

## An organisation's settings (IT support).

web-orgs-none = You look after no organisation.
web-orgs-add = Add an organisation
web-orgs-add-button = Add organisation
web-org-link-new = The new check link (shown once; share it with the people of { $org }):
web-org-secret-new = The webhook's signing secret (shown once; the receiver checks X-Knownline-Signature with it):
web-org-link = Check link
web-org-link-intro = Anyone with the link can check a contact against { $org }'s directory and report it to you, without an account.
web-org-link-on = A link is on. A new one stops the old one working.
web-org-link-off = No link is on.
web-org-link-make = Make a new link
web-org-link-stop = Turn the link off
web-org-reader = Country and language
web-org-reader-intro = What your people are told: where to report a scam and which numbers to call (none named when no country is set), and the language they read in (without one: each person's own choice, else their browser's, else the contact's own).
web-org-country = Country
web-org-not-set = Not set
web-org-language = Language
web-org-language-each = Each person's own choice or browser language
web-org-reader-save = Save country and language
web-org-email = Email to IT support
web-org-email-label = Address told of new reports and campaign warnings (empty: none)
web-org-email-save = Save address
web-org-webhooks = Webhooks
web-none = None.
web-none-yet = None yet.
web-org-col-format = Format
web-org-col-where = Where
web-org-col-added = Added
web-org-webhook-remove = Remove webhook { $id }
web-org-webhook-url = Webhook URL
web-org-webhook-body = Body
web-org-webhook-add = Add webhook
web-org-deliveries = Latest notifications
web-org-col-how = How
web-org-col-to = To
web-org-col-outcome = Outcome
web-org-attempts = { $count ->
    [one] after 1 attempt
   *[other] after { $count } attempts
}
web-org-failed = Failed
web-org-retry = Try again
web-org-retry-named = Try again (notification { $id })
web-org-waiting = Waiting
web-org-next-try = next try { $when }
web-org-delivered = Delivered

## The shared scam list (IT support) and what a verification's outcome does to it.

web-list-title = Shared scam list
web-list-intro = Numbers, domains and links confirmed in scams. Checks of every organisation flag the ones on the list. A member's "it was a scam" is a suggestion until IT support confirms it; a value in a trusted directory is never flagged.
web-list-conflicts = Conflicts with a directory
web-list-kind = Kind
web-list-contains = Contains
web-list-count = { $count ->
    [one] 1 on the list
   *[other] { $count } on the list
}
web-list-col-value = Value
web-list-col-confirmed = Confirmed
web-list-col-suggested = Suggested
web-list-col-hits = Contacts marked
web-list-col-sources = Where from
web-list-col-change = Change
web-list-conflict = conflict
web-list-times = { $count ->
    [one] once
   *[other] { $count } times
}
web-list-suggested = suggested
web-list-confirm = Confirm
web-list-confirm-named = Confirm { $value }
code-phone = Phone number
code-domain = Domain
code-url = Link
code-import = Import
code-incident = Report
code-verification = Verification
web-outcome-genuine = Recorded: the callback confirmed it was genuine. Nothing is added to the shared scam list.
web-outcome-held = Recorded as a scam. The number or address is in a trusted directory, so it is not flagged: your IT support has been shown the conflict and will check the directory entry.
web-outcome-listed = Recorded as a scam: its number and sender are on the shared scam list and flagged in every later check.
web-outcome-suggested = Recorded as a scam and passed to your IT support, who decide whether its number goes on the shared scam list. Tell them what happened.

## The command line's verify answer.
cli-verify-number = number
cli-verify-domain = domain
cli-verify-matches = matches the directory
cli-verify-no-match = does NOT match
cli-verify-unknown = not known
cli-verify-no-org = (No --org given: only built-in knowledge was used. Add your organisation's directory to name your own IT support.)
cli-verify-recorded = Recorded as verification { $id }. When you have called back, record how it went:
