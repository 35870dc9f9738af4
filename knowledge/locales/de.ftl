# knownline auf Deutsch (Sie-Form; für Deutschland, Österreich und die Schweiz). Jede Nachricht
# aus en.ftl muss hier vorkommen. Die Variablen füllt die Engine; siehe knowledge/playbooks.toml.

## Bausteine für die Schritte

# Steht immer im Akkusativ („Rufen Sie … an“, „Informieren Sie …“, „an … melden“).
it-support-default = Ihren eigenen IT-Support
it-support-line-default = Ihren eigenen IT-Support unter einer Ihnen bekannten Nummer
# „Acme IT unter +49 30 1234567“
call-line = { $name } unter { $number }

## Einstufung und Überschriften

verdict-scam = Betrug
verdict-suspicious = Verdächtig
verdict-no_signs = Keine Anzeichen für Betrug
heading-steps = Was Sie jetzt tun sollten
heading-reasons = Warum
heading-more-reasons = Weitere Gründe

## Betrugsarten

family-tech_support = Falscher Technik-Support
family-bank = Falsche Bank oder Kreditkartenfirma
family-police = Falsche Polizisten oder Beamte
family-government = Falsche Steuer- oder andere Behörde
family-family = Angeblicher Notfall in der Familie
family-investment = Anlage- oder Krypto-Betrug
family-utility = Angebliche Strom- oder Gassperre
family-parcel = Falsche Paket- oder Zollgebühr
family-prize = Gewinn-, Job- oder Gebührenbetrug
family-codes = Jemand will Ihre Codes
family-account = Falsche Warnung zu Ihrem Konto

## Gründe: je einer pro Masche, danach folgt, was gesagt oder geschrieben wurde

tactic-authority_impersonation = Gibt sich als jemand aus, dem Sie vertrauen
tactic-callback_lure = Sie sollen eine vorgegebene Nummer anrufen
tactic-credential_request = Fragt nach Code, Passwort oder Kartendaten
tactic-lookalike_domain = Der Link ähnelt nur dem der echten Firma
tactic-phone_on_warning = Sicherheitswarnung mit Telefonnummer
tactic-refund_overpayment = Eine Erstattung oder „Überzahlung“, die Sie zurückzahlen sollen
tactic-remote_access = Will auf Ihren Computer oder Ihr Smartphone zugreifen
tactic-scareware = Macht Ihnen mit falschem Virenalarm Angst
tactic-secrecy = Verlangt Geheimhaltung oder dass Sie in der Leitung bleiben
tactic-sender_spoofing = Der Absender ist gefälscht
tactic-too_good_offer = Ein Angebot, das zu gut ist, um wahr zu sein
tactic-unsolicited_support = „Support“, den Sie nie angefordert haben
tactic-unusual_payment = Verlangt eine Zahlungsart, die echte Firmen und Ämter nicht nutzen
tactic-urgency_threat = Setzt Sie mit Drohungen unter Zeitdruck
tactic-text_model = Ähnelt im Wortlaut bekannten Betrugsfällen
tactic-known_scam = Bereits als Betrug gemeldet
tactic-directory_mismatch = Passt nicht zur Telefonliste Ihrer Organisation

## Schritte

step-any-known_sender = Laut Ihrer Telefonliste ist das die Nummer von { $sender_known } – doch angezeigte Nummern und Absendernamen lassen sich fälschen. Um sicherzugehen: Legen Sie auf und rufen Sie selbst { $sender_known_line } an, bevor Sie irgendetwas tun, worum man Sie bittet.
step-any-bare_number = Die Nummer { $bare_number } können wir niemandem zuordnen, und angezeigte Nummern lassen sich fälschen. Wurden Sie von dieser Nummer angerufen oder sollen Sie sie anrufen? Dann legen Sie auf und rufen Sie selbst bei der genannten Organisation an – unter einer Nummer, die Sie schon kennen, etwa von Ihrer Karte, einer Rechnung oder einem Vertrag.

step-call-hang_up_directory = Legen Sie auf. Wenn Sie { $dir_claimed } erreichen müssen, rufen Sie selbst an: { $dir_claimed_line } – die Nummer aus Ihrer Telefonliste, nie eine vom Anrufer.
step-call-hang_up_it = Legen Sie auf. Rufen Sie { $it_support_line } an.
step-call-hang_up_bank_159 = Legen Sie auf. Wählen Sie { $bank_line }, um mit Ihrer eigenen Bank verbunden zu werden – wenn möglich von einem anderen Telefon, denn manche Betrüger halten die Leitung offen.
step-call-hang_up_bank = Legen Sie auf. Rufen Sie Ihre Bank unter der Nummer auf der Rückseite Ihrer Karte an – wenn möglich von einem anderen Telefon, denn manche Betrüger halten die Leitung offen.
step-call-hang_up_police = Legen Sie auf. Die echte Polizei verlangt nie Geld, Bankkarten oder Wertsachen und schickt nie jemanden, um so etwas abzuholen.
step-call-hang_up_government = Legen Sie auf. Wenn Sie vielleicht wirklich etwas schulden, wenden Sie sich selbst an das Amt – über die Nummer auf einem seiner Briefe oder auf seiner offiziellen Website.
step-call-hang_up_family = Legen Sie auf. Rufen Sie dann Ihr Familienmitglied unter der gewohnten Nummer zurück – nicht unter einer neuen.
step-call-hang_up_utility = Legen Sie auf. Fragen Sie selbst beim Anbieter nach – unter der Nummer auf Ihrer Rechnung.
step-call-hang_up_codes = Legen Sie auf. Lesen Sie keinen Code vor und tippen Sie keinen ein: Keine echte Bank und keine echte Firma fragt am Telefon danach.
step-call-hang_up_investment = Legen Sie auf und zahlen Sie kein Geld mehr. Seriöse Anlagefirmen rufen nicht unaufgefordert an, und niemand kann verlorenes Geld gegen eine Gebühr zurückholen.
step-call-hang_up_prize = Legen Sie auf. Für einen echten Gewinn müssen Sie nie etwas bezahlen.
step-call-hang_up = Legen Sie auf. Falls es doch echt sein könnte, rufen Sie die Organisation selbst zurück – unter einer Nummer, die Sie schon kennen, etwa von Ihrer Karte, einer Rechnung oder der offiziellen Website.
step-call-police_call_back = Machen Sie sich Sorgen? Dann rufen Sie selbst die Polizei an: { $police } – im Notfall { $emergency }.
step-call-police_call_back_local = Machen Sie sich Sorgen? Dann rufen Sie selbst Ihre örtliche Polizei an – unter einer Nummer, die Sie selbst nachschlagen, nie unter einer vom Anrufer.
step-call-not_tech_support = Nur Ihr eigener IT-Support hat einen Grund, Sie wegen Ihres Computers anzurufen – und der war das nicht.
step-call-bank_never = Ihre Bank wird Sie nie bitten, Geld auf ein „sicheres Konto“ zu überweisen, Ihre Karte einem Kurier mitzugeben oder einen Code vorzulesen.
step-call-family_check = Erreichen Sie die Person nicht, stellen Sie eine Frage, die nur sie selbst beantworten kann, oder rufen Sie ein anderes Familienmitglied an. Schicken Sie kein Geld, solange Sie nicht sicher sind.
step-call-claimed_policy = { $claimed } sagt selbst: { $claimed_never }
step-call-dont_call_back_given = Rufen Sie nicht die Nummer zurück, die man Ihnen genannt hat ({ $numbers }) – dort erreichen Sie dieselben Leute.
step-call-verify_claimed = Um sicherzugehen, wenden Sie sich selbst an { $claimed }: { $how_to_reach }
step-call-no_signs = In Ihren Notizen zum Anruf haben wir keine Anzeichen für Betrug gefunden. Hat der Anrufer Sie aber gebeten, etwas zu bezahlen oder zu installieren, sich anzumelden oder einen Code vorzulesen: Legen Sie auf und rufen Sie unter einer Nummer zurück, die Sie schon kennen.

step-email-dont_act = Klicken Sie auf keinen Link, öffnen Sie keinen Anhang und antworten Sie nicht.
step-email-dont_call = Rufen Sie nicht die Nummer aus der Nachricht an ({ $numbers }) – Betrüger setzen dort ihre eigene Nummer ein.
step-sms-dont_act = Tippen Sie nicht auf den Link und antworten Sie nicht.
step-sms-dont_call = Rufen Sie nicht die Nummer aus der Nachricht an ({ $numbers }).

step-msg-check_directory = Wenn Sie { $dir_claimed } erreichen müssen, rufen Sie an: { $dir_claimed_line } – die Nummer aus Ihrer Telefonliste, nicht eine aus dieser Nachricht.
step-msg-check_it = Wenn Sie wegen einer Bestellung, eines Abos oder Ihres Computers unsicher sind, rufen Sie { $it_support_line } an.
step-msg-check_bank = Sorgen Sie sich um Ihr Konto? Öffnen Sie selbst die App Ihrer Bank oder rufen Sie die Nummer auf der Rückseite Ihrer Karte an.
step-msg-check_government = Prüfen Sie Steuern, Strafen oder Sozialleistungen selbst nach: auf der offiziellen Website, deren Adresse Sie selbst eintippen, oder in einem Brief, den Sie erhalten haben.
step-msg-check_police = Die Polizei verlangt keine Zahlungen per Nachricht. Wenn Sie unsicher sind, rufen Sie Ihre örtliche Polizei unter einer Nummer an, die Sie selbst nachschlagen.
step-msg-check_parcel = Prüfen Sie die Sendung in der App des Paketdienstes oder auf seiner Website, deren Adresse Sie selbst eintippen. Paketdienste verlangen keine Gebühren per Nachricht.
step-msg-check_family = Bevor Sie irgendetwas tun: Rufen Sie Ihr Familienmitglied unter der gewohnten Nummer an – nicht unter einer neuen.
step-msg-check_utility = Fragen Sie beim Anbieter nach – unter der Nummer auf Ihrer Rechnung.
step-msg-check_account = Sorgen Sie sich um das Konto? Melden Sie sich so an wie immer: in der App oder auf der Website, deren Adresse Sie selbst eintippen – nie über diese Nachricht.
step-msg-verify_claimed = Falls es echt sein könnte, fragen Sie selbst bei { $claimed } nach: { $how_to_reach }
step-msg-check_sender = Verlangt die Nachricht etwas von Ihnen, fragen Sie beim Absender nach – unter einer Nummer, die Sie schon kennen, nie unter einer aus der Nachricht.
step-msg-claimed_policy = { $claimed } sagt selbst: { $claimed_never }

step-popup-dont_call = Rufen Sie die Nummer auf der Seite{ $numbers_suffix } nicht an, und klicken Sie dort auf nichts.
step-popup-close = Schließen Sie den Browser: Drücken Sie Alt+F4 (am Mac: Cmd+Q). Lässt sich die Seite nicht schließen, drücken Sie Strg+Umschalt+Esc, wählen Sie im Task-Manager den Browser und klicken Sie auf „Task beenden“ (am Mac: Cmd+Option+Esc, Browser wählen, „Sofort beenden“). Am Smartphone: Schließen Sie den Tab oder beenden Sie die Browser-App ganz.
step-popup-claimed_never = { $claimed_tech } sagt selbst: { $claimed_never }
step-popup-real_warnings = Echte Sicherheitswarnungen fordern Sie nie auf, eine Telefonnummer anzurufen.
step-popup-dont_paste = Fügen Sie nie etwas, das Ihnen eine Webseite oder Nachricht vorgibt, in das Fenster „Ausführen“, in PowerShell oder in ein Terminal ein. Falls Sie es schon getan haben: Trennen Sie den Computer vom Internet und rufen Sie { $it_support_line } an.
step-popup-dont_restore = Wenn Sie den Browser wieder öffnen, stellen Sie die vorherigen Tabs nicht wieder her.
step-popup-scan = Prüfen Sie den Computer danach vollständig mit Ihrem eigenen Virenschutzprogramm.
step-popup-no_signs = Wir haben keine Anzeichen für eine gefälschte Warnseite gefunden. Eine echte Warnung fordert Sie nie auf, eine Nummer anzurufen oder ein Fernwartungsprogramm zu installieren.

step-any-codes = Wenn jemand Sie kontaktiert hat: Nennen Sie nie einen Einmalcode, ein Passwort oder eine PIN und tippen Sie nichts davon für ihn ein. Echte Banken und Firmen fragen nicht danach.
step-any-codes_family = Geben Sie nie einen Code weiter, den Sie erhalten haben, und bestätigen Sie nie eine Anmeldung, die Sie nicht selbst gestartet haben.
step-any-no_fee = Antworten Sie nicht mehr. Schicken Sie kein Geld, keine Ausweiskopien und keine Bankdaten. Bei echten Gewinnen, Jobs und Geldanlagen müssen Sie nie zuerst zahlen oder zu WhatsApp oder Telegram wechseln.
step-any-if_access_given = Falls Sie schon jemanden auf Ihren Computer gelassen haben: Trennen Sie ihn vom Internet (Kabel ziehen, WLAN ausschalten), melden Sie sich darauf nirgends an und rufen Sie { $it_support_line } an.
step-any-if_paid_family = Falls Sie schon Geld geschickt haben: Rufen Sie sofort Ihre Bank an und sagen Sie, dass es Betrug war.
step-any-if_paid_investment = Falls Sie schon bezahlt haben: Informieren Sie sofort Ihre Bank. Und Vorsicht vor allen, die anbieten, Ihr Geld zurückzuholen – das ist derselbe Betrug noch einmal.
step-any-if_paid = Falls Sie schon bezahlt oder Karten- oder Bankdaten angegeben haben: Rufen Sie sofort Ihre Bank unter der Nummer auf Ihrer Karte an und sagen Sie, dass es Betrug war.
step-any-if_code_given = Falls Sie schon ein Passwort oder einen Code angegeben haben: Ändern Sie dieses Passwort auf Ihrem eigenen Gerät, zuerst das Ihres E-Mail-Kontos, und informieren Sie { $it_support }.

step-sms-report_spam_number = Leiten Sie die Nachricht kostenlos an { $spam_text } weiter, um sie zu melden, und löschen Sie sie dann.
step-sms-report = Melden Sie die Nachricht in Ihrer Nachrichten-App als Spam und löschen Sie sie dann.
step-email-report = Melden Sie die Nachricht an { $it_support } und löschen Sie sie dann.
step-any-tell_it = Informieren Sie { $it_support } darüber, was passiert ist – vor allem, wenn Sie eine Nummer angerufen, ein Passwort eingegeben oder jemanden auf Ihren Computer gelassen haben.
step-any-report_fraud = Melden Sie den Vorfall hier: { $fraud_report }.
step-msg-no_signs = Wir haben keine Anzeichen für Betrug gefunden. Verlangt die Nachricht, dass Sie bezahlen, sich anmelden oder eine Nummer anrufen, fragen Sie beim Absender nach – unter einer Nummer, die Sie schon kennen.

## Der Bericht

summary-scam = Das ist sehr wahrscheinlich Betrug.
summary-suspicious = Hier gibt es Anzeichen für Betrug: Behandeln Sie es als Betrug, bis Sie es geprüft haben.
summary-no_signs = Es wurden keine Anzeichen für Betrug gefunden.
score = Risikowert
partly-checked = Nur teilweise geprüft:
# Ohne Artikel (die/das E-Mail, die/das SMS sind in der Schweiz und in Österreich anders).
channel-call = Anruf
channel-email = E-Mail
channel-sms = SMS
channel-popup = Webseite oder Pop-up
channel-guessed = vermutlich { $channel } (ändern mit --channel)
# A quote from the contact.
quoted = „{ $text }“

## The web page's own words
ui-partly-rest = Seien Sie bei dem, was nicht geprüft werden konnte, genauso vorsichtig.
ui-call = { $number } anrufen
ui-read-as = Gelesen als { $channel }. Stimmt nicht? Stattdessen lesen als:
ui-what-you-pasted = Was Sie eingefügt haben
ui-your-name = Ihr Name (freiwillig)
ui-your-email = Ihre E-Mail-Adresse, damit der IT-Support antworten kann (freiwillig)
ui-note = Was sollte der IT-Support noch wissen? (freiwillig)
ui-report = An den IT-Support melden
# The language's own name, as its speakers look for it in a list.
language-name = Deutsch

## The Check page
ui-check-title = Anruf, E-Mail, SMS oder Pop-up prüfen
ui-check-for-org = Für die Menschen bei { $org }. Nichts geht an den IT-Support, außer Sie melden es selbst.
ui-warning-from-it = Warnung vom IT-Support ({ $when }):
ui-what-was-it = Was war es?
ui-channel-any = knownline erkennen lassen
ui-channel-call = Ein Anruf (Notizen oder Abschrift)
ui-channel-email = Eine E-Mail (die ganze Nachricht)
ui-channel-sms = Eine SMS
ui-channel-popup = Ein Pop-up oder eine Webseite
ui-paste = Fügen Sie es hier ein, schreiben Sie auf, was der Anrufer gesagt hat, oder geben Sie die Nummer oder den Link ein
ui-from = Die Nummer oder Adresse, von der es kam (freiwillig)
ui-check = Prüfen
ui-or-upload = Oder eine E-Mail hochladen
ui-eml = Die Nachricht als .eml-Datei
ui-check-email = E-Mail prüfen

## Die Seiten der Website (Navigation, Anmeldung, Konto, Anrufer überprüfen, Vorfälle,
## Telefonliste). Die Seiten des IT-Supports (Kampagnen, Betrugsliste, Organisationen,
## Benutzer, Audit-Protokoll) verwenden sie mit, wo es passt.

web-nav-main = Hauptnavigation
web-nav-check = Prüfen
web-nav-verify = Anrufer überprüfen
web-nav-incidents = Vorfälle
web-nav-directory = Telefonliste
web-nav-campaigns = Kampagnen
web-nav-scam-list = Betrugsliste
web-nav-orgs = Organisationen
web-nav-tokens = API-Tokens
web-nav-users = Benutzer
web-nav-audit = Audit-Protokoll
web-nav-account = Ihr Konto
web-sign-out = Abmelden ({ $email })
web-skip = Zum Inhalt springen
web-menu = Menü
web-rule = Auflegen. Zurückrufen – unter einer Nummer, die Sie schon kennen.
web-sign-in = Anmelden
web-email = E-Mail-Adresse
web-password = Passwort
web-new-password = Passwort (mindestens 12 Zeichen)
web-login-email-too-long = Diese E-Mail-Adresse ist zu lang.
web-login-blocked = Zu viele fehlgeschlagene Versuche. Warten Sie 15 Minuten und versuchen Sie es dann noch einmal.
web-login-slowed = Gerade gab es zu viele Versuche für dieses Konto. Warten Sie eine Minute und versuchen Sie es dann noch einmal.
web-try-later = Versuchen Sie es später noch einmal.
web-login-no-match = E-Mail-Adresse und Passwort passen nicht zusammen.
web-setup-title = Ersten Admin anlegen
web-setup-intro = Dieser Link funktioniert nur einmal. Der Admin legt Organisationen, ihre Telefonlisten und die Personen an, die knownline nutzen.
web-setup-create = Admin anlegen
web-not-email = Keine E-Mail
web-not-email-binary = Diese Datei enthält Binärdaten. Speichern Sie die Nachricht als .eml-Datei (die Nachricht im Rohformat) und laden Sie diese hoch.
web-result = Ergebnis
web-report = Meldung
web-reported = Gemeldet. Vielen Dank.
web-reported-next = Der IT-Support von { $org } sieht sich das an. Es war richtig, erst zu prüfen und dann zu handeln.
web-reference = Vorgangsnummer:
web-check-another = Etwas anderes prüfen
web-which-org = Welche Organisation?
web-which-org-why = Ihr Konto gehört zu mehreren Organisationen (oder zu keiner): Melden Sie über die API mit „org“ oder fragen Sie Ihren Admin.
web-too-many-reports = Zu viele Meldungen
web-too-many-reports-why = Von dieser Adresse kamen in der letzten Stunde viele Meldungen. Rufen Sie Ihren IT-Support unter der Nummer an, die Sie kennen, oder versuchen Sie es später noch einmal.
web-verify-intro = Egal, wer anruft oder schreibt: Lassen Sie sich Namen und Nummer geben, legen Sie auf und rufen Sie selbst zurück – unter einer Nummer, die Sie schon kennen und die sicher die richtige ist.
web-verify-claims = Für wen hat sich die Person ausgegeben?
web-verify-claims-example = Microsoft-Support, unser IT-Support, Betrugsabteilung der Sparkasse
web-verify-number = Die Nummer, von der die Person angerufen hat oder die sie genannt hat (freiwillig)
web-verify-from = Die Adresse, von der die Person geschrieben hat (freiwillig)
web-verify = Überprüfen
web-verify-call-back = Zurückrufen
web-verify-after = Nach Ihrem Rückruf
web-verify-genuine = Es war echt
web-verify-scam = Es war Betrug
web-thank-you = Vielen Dank
web-verify-another = Weiteren Anrufer überprüfen
web-filter = Filtern
web-filter-status = Status
web-filter-channel = Kanal
web-filter-verdict = Einstufung
web-any = Alle
web-incident-count = { $count ->
    [one] 1 Vorfall
   *[other] { $count } Vorfälle
}
web-col-reported = Gemeldet
web-col-org = Organisation
web-pages = Seiten
web-newer = Neuere
web-older = Ältere
web-page-of = Seite { $page } von { $pages }
web-incident = Vorfall
web-reported-on = gemeldet am { $when }
web-reported-by = Gemeldet von { $name }
web-reporter-anonymous = jemandem ohne Namensangabe (über den Prüflink)
web-reporter-link = { $name } (über den Prüflink)
web-the-contact = Was gemeldet wurde
web-reporter-wrote = Was die meldende Person dazu schreibt
web-replies = Antworten des IT-Supports
web-notes = Notizen (nur für den IT-Support)
web-triage = Bearbeitung
web-triage-list = Wenn Sie den Vorfall als Betrug bestätigen, kommen diese Angaben auf die gemeinsame Betrugsliste (Werte aus einer vertrauenswürdigen Telefonliste bleiben außen vor):
web-status-new = Neu (noch nicht bearbeitet)
web-private-note = Interne Notiz (nur für den IT-Support; die meldende Person sieht sie nie)
web-reply-to-person = Antwort an die Person, die es gemeldet hat (sie liest sie hier und per E-Mail)
web-reply-to-visitor = Antwort an die Person, die es über den Prüflink gemeldet hat (per E-Mail an die Adresse, die sie eingegeben hat – niemand hat sie bestätigt)
web-reply-example = Das war Betrug – Sie haben genau richtig gehandelt, als Sie es gemeldet haben.
web-save = Speichern
code-scam = Betrug
code-suspicious = Verdächtig
code-no_signs = Keine Anzeichen für Betrug
code-new = Neu
code-confirmed_scam = Bestätigter Betrug
code-benign = Kein Betrug
code-closed = Abgeschlossen
code-suggested = Vorgeschlagen
code-active = Auf der Liste
code-removed = Entfernt
code-call = Anruf
code-email = E-Mail
code-sms = SMS
code-popup = Pop-up oder Webseite
code-member = Mitglied
code-it_support = IT-Support
code-admin = Admin
code-webhook = Webhook
web-directories = Telefonlisten
web-no-orgs = Noch keine Organisationen. Legen Sie eine an mit:
web-directory-of = Telefonliste von { $org }
web-directory-intro = Die Nummern und Adressen, die Sie schon kennen: Rufen Sie unter diesen zurück – nie unter einer, die Ihnen ein Anrufer nennt.
web-col-name = Name
web-col-role = Rolle
web-col-phones = Telefonnummern
web-col-domains = Domains
web-col-verified = Geprüft
web-remove = Entfernen
web-remove-named = { $name } entfernen
web-directory-more = { $count ->
    [one] Angezeigt: 1.000 von 1 Eintrag. Den Rest exportieren Sie mit:
   *[other] Angezeigt: 1.000 von { $count } Einträgen. Den Rest exportieren Sie mit:
}
web-entry-add = Eintrag hinzufügen oder ersetzen
web-entry-phones = Telefonnummern (durch ; getrennt)
web-entry-domains = E-Mail-Domains (durch ; getrennt)
web-entry-aliases = Andere Namen (durch ; getrennt)
web-entry-note = Notiz
web-entry-verified = Geprüft am (JJJJ-MM-TT)
web-entry-replace = Eintrag mit demselben Namen ersetzen
web-entry-save = Eintrag speichern
web-tokens-intro = Mit einem Token kann ein Skript oder ein anderes Programm die API in Ihrem Namen nutzen. Halten Sie es geheim und widerrufen Sie es, sobald es nicht mehr gebraucht wird.
web-token-new = Ihr neues Token (wird nur einmal angezeigt – kopieren Sie es jetzt):
web-col-created = Erstellt
web-col-state = Status
web-token-revoked = widerrufen am { $when }
web-revoke = Widerrufen
web-revoke-named = { $name } widerrufen
web-token-add = Neues Token
web-token-for = Verwendungszweck
web-token-create = Token erstellen
code-bank = Bank
code-card_issuer = Kartenanbieter
code-vendor = Lieferant
code-government = Behörde
code-utility = Versorger
code-colleague = Kollegin oder Kollege
code-other = Sonstige
web-signed-in-as = Angemeldet als { $email } ({ $role }).
web-language = Sprache
web-language-choose = Die Sprache dieser Seiten und der Antworten, die Sie erhalten
web-language-default = Automatisch
web-language-auto-help = Automatisch: die Sprache Ihrer Organisation, sonst die Ihres Browsers.
web-language-saved = Gespeichert: knownline schreibt Ihnen ab jetzt in dieser Sprache.
web-password-change = Passwort ändern
web-password-current = Aktuelles Passwort
web-password-changed = Ihr Passwort wurde geändert; Ihre anderen Sitzungen wurden beendet.
web-invite-title = Passwort wählen
web-invite-welcome = Willkommen bei knownline
web-invite-intro = Sie wurden als { $email } eingeladen. Wählen Sie ein Passwort, das nur Sie kennen: Niemand sonst braucht es je – auch nicht der IT-Support.
web-password-again = Dasselbe Passwort noch einmal
web-invite-create = Mein Konto erstellen
web-passwords-differ = Die beiden Passwörter stimmen nicht überein.
web-status-is = Status: { $status }

## Anrufer überprüfen: die Antwort auf „Die Person sagt, sie sei X, von dieser Nummer“.
## { $callback } ist einer der Sätze verify-callback-* (wen man wie zurückruft), als
## Aufforderung in Kleinschreibung, eingesetzt nach „und“ oder als eigener Satz.
## Rollen und Namen ({ $name }, { $party }, { $it }, { $owner }) stehen im Nominativ oder
## Akkusativ, nie im Dativ oder Genitiv: Die Rollen sind daher weiblich oder sächlich
## gewählt, damit beide Fälle gleich lauten (nicht „Ihr IT-Support“ / „Ihren IT-Support“).

verify-how-unknown = unter einer Nummer, die Sie selbst heraussuchen (auf einer Rechnung, einer Karte, in einem Vertrag oder auf der offiziellen Website, deren Adresse Sie von Hand eintippen), nie unter einer vom Anrufer oder aus der Nachricht
verify-how-website = Tippen Sie die Adresse der offiziellen Website von { $org } selbst in Ihren Browser ein und nutzen Sie dort die Kontaktseite
verify-your-own-it = Ihr eigenes IT-Support-Team
verify-your-it = Ihr IT-Support-Team
verify-role-it_support = Ihr IT-Support-Team
verify-role-bank = Ihre Bank
verify-role-card_issuer = Ihre Kreditkartenfirma
verify-role-government = die Behörde
verify-role-utility = Ihr Versorgungsunternehmen
verify-role-vendor = Ihre Lieferfirma
verify-role-colleague = die Person aus Ihrer Organisation
verify-role-other = die genannte Organisation
verify-callback-phone = rufen Sie selbst { $name } unter { $number } an
verify-callback-on = rufen Sie { $name } an – { $how }
verify-callback-reach = wenden Sie sich direkt an { $name }: { $how }
verify-callback-known = rufen Sie selbst { $name } an – unter einer Nummer, die Sie schon kennen
verify-flag-known = { $value } ist schon { $count ->
    [1] in einem bestätigten Betrugsfall
    [2] in zwei bestätigten Betrugsfällen
   *[other] in { $count } bestätigten Betrugsfällen
} aufgetaucht (zuletzt am { $date }).
verify-flag-not-it = Nur Ihr eigener IT-Support ({ $it }) hat einen Grund, sich wegen Ihres Computers bei Ihnen zu melden. Für { $party } gilt das nicht.
# The same when the directory names no IT support (the sentence names it already).
verify-flag-not-it-unnamed = Nur Ihr eigener IT-Support hat einen Grund, sich wegen Ihres Computers bei Ihnen zu melden. Für { $party } gilt das nicht.
verify-flag-not-it-number = Die Person gibt sich als { $it } aus, doch { $number } ist nicht die Nummer für { $it }.
verify-flag-someone-elses = Laut Ihrer Telefonliste ist { $number } die Nummer für { $owner }, nicht für { $party }: Betrüger können sich mit einer fremden Nummer anzeigen lassen.
verify-flag-not-theirs = { $number } ist nicht die Nummer für { $party }.
verify-flag-domain = { $domain } ist keine Domain, die { $party } verwendet.
verify-summary-known = Bekannter Betrug: { $flag }
verify-summary-mismatch = { $flag } Legen Sie auf und { $callback }.
verify-summary-number-matches = Laut Ihrer Telefonliste ist das die Nummer für { $party }, doch angezeigte Nummern und Absendernamen lassen sich fälschen. Um sicherzugehen: Legen Sie auf und { $callback }.
verify-summary-domain-matches = Laut Ihrer Telefonliste verwendet { $party } diese Domain, doch angezeigte Nummern und Absendernamen lassen sich fälschen. Um sicherzugehen: Legen Sie auf und { $callback }.
verify-summary-unknown = knownline kann nicht erkennen, ob das wirklich { $party } ist. Legen Sie auf und { $callback }.
verify-step-even-if-matches = Auch wenn alles passt: Angezeigte Nummern und Absendernamen lassen sich fälschen. Legen Sie auf (oder antworten Sie nicht) und { $callback }.
verify-step-hang-up = Legen Sie auf oder antworten Sie nicht. Sie müssen einem Anrufer nichts erklären.
verify-step-call-back = { $callback }.
verify-step-not-that-number = Rufen Sie { $number } nicht zurück – dort erreichen Sie nur die Leute, die Ihnen die Nummer gegeben haben.
# { $statement } sind die Worte der Organisation selbst, so zitiert, wie sie sie geschrieben hat (auf Englisch).
verify-step-policy = { $org } sagt selbst: { $statement }
verify-step-no-remote = Lassen Sie niemanden auf Ihren Computer zugreifen, den Sie nicht selbst angerufen haben, und lesen Sie nie Codes, Passwörter oder Kartennummern vor.
# { $where } ist die Stelle, an die die Organisation Betrug zu melden bittet, so wie sie es selbst schreibt (auf Englisch).
verify-step-report = Melden Sie den Betrug hier: { $where }.
verify-step-tell-it = Informieren Sie { $it } darüber, was passiert ist, damit andere gewarnt werden können.
web-verify-call-on = { $name } unter { $number }

## Die eigenen Seiten des IT-Supports: Personen und Rollen, Audit-Protokoll, Kampagnen.

code-analyst = Analyst
web-users-title = Benutzer und Rollen
web-invitation-for = Einladung für { $email }
web-invitation-send = Schicken Sie diesen Link selbst an die Person. Er funktioniert nur einmal und nur bis { $until }. Das Passwort wählt die Person selbst. Der Link wird nur jetzt angezeigt.
web-all-orgs = alle
web-invited-pending = Eingeladen, noch nicht angenommen
web-until = bis { $when }
web-invite = Person einladen
web-role-help-member = prüft Anrufe und Nachrichten, überprüft Anrufer und meldet sie; sieht nur die eigenen Meldungen, deren Status und die Antworten des IT-Supports
web-role-help-analyst = IT-Support der ausgewählten Organisationen: bearbeitet deren Meldungen, liest und schreibt interne Notizen, pflegt deren Telefonlisten und Einstellungen und bestätigt Einträge der gemeinsamen Betrugsliste
web-role-help-admin = alles, für alle Organisationen: Personen und Rollen, Organisationen, Importe und die gesamte gemeinsame Betrugsliste
web-org-none = keine (nur für Admins)
web-invite-make = Einladungslink erstellen
web-audit-intro = Wer was geändert hat, das Neueste zuerst (die letzten 200 Einträge).
web-col-when = Wann
web-col-who = Wer
web-col-what = Was
web-col-on = Betrifft
web-col-detail = Details
web-campaigns-intro = Meldungen aus den Organisationen, die Sie betreuen, mit derselben Telefonnummer, derselben Domain oder fast demselben Wortlaut.
web-campaigns-none = Keine Kampagnen: Bisher haben keine zwei Meldungen etwas gemeinsam.
web-campaign-reports = { $count ->
    [one] 1 Meldung
   *[other] { $count } Meldungen
}
web-campaign-orgs = { $count ->
    [one] 1 Organisation
   *[other] { $count } Organisationen
}
web-campaign-numbers = Nummern:
web-campaign-domains = Domains:
web-campaign-same-words = Fast derselbe Wortlaut.
web-campaign-from-to = Von { $from } bis { $to }.
web-campaign-orgs-named = Organisationen:
web-campaign-other-orgs = { $count ->
    [one] und 1 weitere
   *[other] und { $count } weitere
}
web-campaign-warning = Warnung an alle betroffenen Organisationen
web-campaign-warn = Alle warnen
web-warned = Gewarnt
web-warned-orgs = { $count ->
    [one] 1 Organisation wurde gewarnt. Die Menschen dort sehen die Warnung, wenn sie das nächste Mal etwas prüfen.
   *[other] { $count } Organisationen wurden gewarnt. Die Menschen dort sehen die Warnung, wenn sie das nächste Mal etwas prüfen.
}
web-back-to-campaigns = Zurück zu den Kampagnen

## Die Einstellungen einer Organisation (IT-Support).

web-orgs-none = Sie betreuen keine Organisation.
web-orgs-add = Neue Organisation
web-orgs-add-button = Organisation hinzufügen
web-org-link-new = Der neue Prüflink (wird nur einmal angezeigt – geben Sie ihn an die Menschen bei { $org } weiter):
web-org-secret-new = Der geheime Signaturschlüssel des Webhooks (wird nur einmal angezeigt – damit prüft der Empfänger X-Knownline-Signature):
web-org-link = Prüflink
web-org-link-intro = Wer den Link hat, kann ohne Konto Anrufe und Nachrichten mit der Telefonliste von { $org } abgleichen und sie Ihnen melden.
web-org-link-on = Ein Link ist aktiv. Sobald Sie einen neuen erstellen, funktioniert der alte nicht mehr.
web-org-link-off = Es ist kein Link aktiv.
web-org-link-make = Neuen Link erstellen
web-org-link-stop = Link deaktivieren
web-org-reader = Land und Sprache
web-org-reader-intro = Was den Menschen in Ihrer Organisation angezeigt wird: wo sie Betrug melden und welche Nummern sie anrufen können (ohne eingestelltes Land werden keine genannt), und in welcher Sprache sie es lesen (ohne Einstellung: die Sprache, die jede Person selbst gewählt hat, sonst die ihres Browsers, sonst die des Anrufs oder der Nachricht).
web-org-country = Land
web-org-not-set = Nicht festgelegt
web-org-language = Sprache
web-org-language-each = Wie von jeder Person selbst oder ihrem Browser eingestellt
web-org-reader-save = Land und Sprache speichern
web-org-email = E-Mail an den IT-Support
web-org-email-label = Adresse für neue Meldungen und Kampagnenwarnungen (leer: keine E-Mails)
web-org-email-save = Adresse speichern
web-org-webhooks = Webhooks
web-none = Keine.
web-none-yet = Noch keine.
web-org-col-format = Format
web-org-col-where = Ziel
web-org-col-added = Hinzugefügt
web-org-webhook-remove = Webhook { $id } entfernen
web-org-webhook-url = Webhook-URL
web-org-webhook-body = Nachrichtenformat
web-org-webhook-add = Webhook hinzufügen
web-org-deliveries = Letzte Benachrichtigungen
web-org-col-how = Kanal
web-org-col-to = Empfänger
web-org-col-outcome = Ergebnis
web-org-attempts = { $count ->
    [one] nach 1 Versuch
   *[other] nach { $count } Versuchen
}
web-org-failed = Fehlgeschlagen
web-org-retry = Erneut versuchen
web-org-retry-named = Erneut versuchen (Benachrichtigung { $id })
web-org-waiting = Ausstehend
web-org-next-try = nächster Versuch am { $when }
web-org-delivered = Zugestellt

## Die gemeinsame Betrugsliste (IT-Support) und was das Ergebnis einer Überprüfung dort bewirkt.

web-list-title = Gemeinsame Betrugsliste
web-list-intro = Nummern, Domains und Links aus bestätigten Betrugsfällen. Was auf der Liste steht, wird bei jeder Prüfung in jeder Organisation markiert. Meldet ein Mitglied „Es war Betrug“, ist das nur ein Vorschlag, bis der IT-Support ihn bestätigt. Werte aus einer vertrauenswürdigen Telefonliste werden nie markiert.
web-list-conflicts = Konflikte mit einer Telefonliste
web-list-kind = Art
web-list-contains = Enthält
web-list-count = { $count ->
    [one] 1 auf der Liste
   *[other] { $count } auf der Liste
}
web-list-col-value = Wert
web-list-col-confirmed = Bestätigt
web-list-col-suggested = Vorgeschlagen
web-list-col-hits = Treffer
web-list-col-sources = Herkunft
web-list-col-change = Ändern
web-list-conflict = Konflikt
web-list-times = { $count ->
    [one] einmal
   *[other] { $count }-mal
}
web-list-suggested = vorgeschlagen
web-list-confirm = Bestätigen
web-list-confirm-named = { $value } bestätigen
code-phone = Telefonnummer
code-domain = Domain
code-url = Link
code-import = Import
code-incident = Meldung
code-verification = Überprüfung
web-outcome-genuine = Gespeichert: Der Rückruf hat bestätigt, dass es echt war. Auf die gemeinsame Betrugsliste kommt nichts.
web-outcome-held = Als Betrug gespeichert. Die Nummer oder Adresse steht in einer vertrauenswürdigen Telefonliste und wird deshalb nicht markiert: Ihr IT-Support wurde auf den Konflikt hingewiesen und prüft den Eintrag in der Telefonliste.
web-outcome-listed = Als Betrug gespeichert: Nummer und Absender stehen jetzt auf der gemeinsamen Betrugsliste und werden bei jeder weiteren Prüfung markiert.
web-outcome-suggested = Als Betrug gespeichert und an Ihren IT-Support weitergeleitet. Er entscheidet, ob die Nummer auf die gemeinsame Betrugsliste kommt. Erzählen Sie ihm, was passiert ist.

## The command line's verify answer.
cli-verify-number = Nummer
cli-verify-domain = Domain
cli-verify-matches = stimmt mit der Telefonliste überein
cli-verify-no-match = stimmt NICHT überein
cli-verify-unknown = unbekannt
cli-verify-no-org = (Ohne --org wurde nur das eingebaute Wissen genutzt. Fügen Sie die Telefonliste Ihrer Organisation hinzu, damit Ihr eigener IT-Support genannt wird.)
cli-verify-recorded = Als Überprüfung { $id } gespeichert. Wenn Sie zurückgerufen haben, halten Sie fest, wie es ausging:
