# knownline in het Nederlands (u-vorm; voor Nederland en Vlaanderen). Elke melding uit en.ftl
# moet hier staan. De variabelen vult de engine in; zie knowledge/playbooks.toml.

## Bouwstenen voor de stappen

it-support-default = uw eigen IT-helpdesk
it-support-line-default = uw eigen IT-helpdesk, op een nummer dat u al kent
# ‘Acme IT op 020 123 4567’
call-line = { $name } op { $number }

## Oordelen en kopjes

verdict-scam = Oplichting
verdict-suspicious = Verdacht
verdict-no_signs = Geen tekenen van oplichting
heading-steps = Wat u nu moet doen
heading-reasons = Waarom
heading-more-reasons = Meer redenen

## Soorten oplichting

family-tech_support = Valse helpdesk
family-bank = Valse bank of creditcardmaatschappij
family-police = Valse politie of ambtenaar
family-government = Valse belastingdienst of overheid
family-family = Vals noodgeval in de familie
family-investment = Beleggings- of cryptofraude
family-utility = Valse afsluiting van energie of water
family-parcel = Valse pakket- of douanekosten
family-prize = Valse prijs, vacature of voorschot
family-codes = Iemand wil uw codes
family-account = Valse waarschuwing over uw account

## Redenen: één per truc, gevolgd door wat er gezegd of geschreven werd

tactic-authority_impersonation = Doet zich voor als iemand die u vertrouwt
tactic-callback_lure = Wil dat u een opgegeven nummer belt
tactic-credential_request = Vraagt om een code, wachtwoord of kaartgegevens
tactic-lookalike_domain = De link lijkt alleen op die van het echte bedrijf
tactic-phone_on_warning = Beveiligingswaarschuwing met een telefoonnummer
tactic-refund_overpayment = Een terugbetaling of ‘te veel betaald bedrag’ dat u moet terugstorten
tactic-remote_access = Wil toegang tot uw computer of telefoon
tactic-scareware = Maakt u bang met een vals virusalarm
tactic-secrecy = U moet het geheimhouden of aan de lijn blijven
tactic-sender_spoofing = De afzender is vervalst
tactic-too_good_offer = Een aanbod dat te mooi is om waar te zijn
tactic-unsolicited_support = ‘Hulp’ waar u nooit om hebt gevraagd
tactic-unusual_payment = Wil betaling op een manier die echte organisaties niet gebruiken
tactic-urgency_threat = Zet u met dreigementen onder tijdsdruk
tactic-text_model = Lijkt in bewoording op bekende oplichting
tactic-known_scam = Al gemeld als oplichting
tactic-directory_mismatch = Klopt niet met de telefoonlijst van uw organisatie

## Stappen

step-any-known_sender = Volgens uw telefoonlijst is dit het nummer van { $sender_known }, maar een getoond nummer of een afzendernaam is eenvoudig te vervalsen. Wilt u zeker zijn? Hang dan op en bel zelf { $sender_known_line } voordat u iets doet wat er gevraagd wordt.
step-any-bare_number = We kunnen { $bare_number } aan niemand koppelen, en een getoond nummer kan vervalst zijn. Bent u vanaf dit nummer gebeld, of moest u het bellen? Hang dan op en bel de genoemde organisatie zelf, op een nummer dat u al kent: van uw kaart, een factuur of een contract.

step-call-hang_up_directory = Hang op. Moet u { $dir_claimed } spreken? Bel dan zelf { $dir_claimed_line } – het nummer uit uw telefoonlijst, nooit een nummer van de beller.
step-call-hang_up_it = Hang op. Bel { $it_support_line }.
step-call-hang_up_bank_159 = Hang op. Bel { $bank_line } om met uw eigen bank te worden doorverbonden – zo mogelijk met een andere telefoon, want sommige oplichters houden de lijn open.
step-call-hang_up_bank = Hang op. Bel uw bank op het nummer op de achterkant van uw kaart – zo mogelijk met een andere telefoon, want sommige oplichters houden de lijn open.
step-call-hang_up_police = Hang op. De echte politie vraagt nooit om geld, betaalkaarten of waardevolle spullen, en stuurt nooit iemand om die op te halen.
step-call-hang_up_government = Hang op. Denkt u dat u misschien echt iets moet betalen? Neem dan zelf contact op met de instantie, via het nummer op een van haar brieven of op haar officiële website.
step-call-hang_up_family = Hang op en bel uw familielid terug op het vertrouwde nummer – niet op een nieuw nummer.
step-call-hang_up_utility = Hang op. Bel zelf uw leverancier op het nummer op uw factuur om het na te gaan.
step-call-hang_up_codes = Hang op. Lees geen code voor en typ er geen in: geen echte bank of bedrijf vraagt daar tijdens een gesprek om.
step-call-hang_up_investment = Hang op en maak geen geld meer over. Echte beleggingsbedrijven bellen niet onverwacht, en niemand kan verloren geld terughalen tegen betaling.
step-call-hang_up_prize = Hang op. Voor een echte prijs hoeft u nooit iets te betalen.
step-call-hang_up = Hang op. Kan het toch echt zijn? Bel de organisatie dan zelf terug op een nummer dat u al kent – van uw kaart, een factuur of de officiële website.
step-call-police_call_back = Maakt u zich zorgen? Bel dan zelf de politie op { $police } – of { $emergency } in een noodgeval.
step-call-police_call_back_local = Maakt u zich zorgen? Bel dan zelf uw lokale politie, op een nummer dat u zelf opzoekt – nooit een nummer dat de beller u geeft.
step-call-not_tech_support = Alleen uw eigen IT-helpdesk heeft een reden om u over uw computer te bellen – en die was dit niet.
step-call-bank_never = Uw bank vraagt u nooit om geld naar een ‘veilige rekening’ over te maken, uw kaart aan een koerier mee te geven of een code voor te lezen.
step-call-family_check = Kunt u uw familielid niet bereiken? Stel dan een vraag die alleen de echte persoon kan beantwoorden, of bel een ander familielid. Stuur geen geld zolang u twijfelt.
step-call-claimed_policy = { $claimed } zegt het zelf: { $claimed_never }
step-call-dont_call_back_given = Bel het nummer dat u kreeg ({ $numbers }) niet terug: dan krijgt u dezelfde mensen aan de lijn.
step-call-verify_claimed = Wilt u zeker zijn? Neem dan zelf contact op met { $claimed }: { $how_to_reach }
step-call-no_signs = In uw notities over het gesprek vonden we geen tekenen van oplichting. Vroeg de beller u toch om te betalen, iets te installeren, in te loggen of een code voor te lezen? Hang dan op en bel terug op een nummer dat u al kent.

step-email-dont_act = Klik niet op de links, open geen bijlagen en reageer niet.
step-email-dont_call = Bel het nummer in de e-mail niet ({ $numbers }): oplichters zetten daar hun eigen nummer neer.
step-sms-dont_act = Tik niet op de link en reageer niet.
step-sms-dont_call = Bel het nummer in de sms niet ({ $numbers }).

step-msg-check_directory = Moet u { $dir_claimed } spreken? Bel { $dir_claimed_line } – het nummer uit uw telefoonlijst, niet een nummer uit dit bericht.
step-msg-check_it = Twijfelt u over een bestelling, een abonnement of uw computer? Bel { $it_support_line }.
step-msg-check_bank = Maakt u zich zorgen over uw rekening? Open zelf de app van uw bank of bel het nummer op de achterkant van uw kaart.
step-msg-check_government = Controleer belastingen, boetes of uitkeringen zelf: op de officiële website waarvan u het adres zelf intypt, of op een brief die u hebt ontvangen.
step-msg-check_police = De politie eist nooit een betaling via een bericht. Twijfelt u? Bel uw lokale politie op een nummer dat u zelf opzoekt.
step-msg-check_parcel = Controleer de zending in de app van de bezorgdienst, of op de website waarvan u het adres zelf intypt. Bezorgdiensten vragen geen kosten via een bericht.
step-msg-check_family = Bel uw familielid op het vertrouwde nummer voordat u iets doet – niet op een nieuw nummer.
step-msg-check_utility = Ga het na bij uw leverancier, via het nummer op uw factuur.
step-msg-check_account = Maakt u zich zorgen over het account? Log in zoals u altijd doet: in de app, of op de website waarvan u het adres zelf intypt – nooit via dit bericht.
step-msg-verify_claimed = Kan het toch echt zijn? Vraag het dan zelf na bij { $claimed }: { $how_to_reach }
step-msg-check_sender = Vraagt het bericht u iets te doen? Vraag het dan na bij de afzender, op een nummer dat u al kent – nooit een nummer uit het bericht.
step-msg-claimed_policy = { $claimed } zegt het zelf: { $claimed_never }

step-popup-dont_call = Bel het nummer op de pagina{ $numbers_suffix } niet en klik nergens op.
step-popup-close = Sluit de browser: druk op Alt+F4 (op een Mac: Cmd+Q). Gaat de pagina niet weg? Druk dan op Ctrl+Shift+Esc, kies de browser in Taakbeheer en klik op ‘Taak beëindigen’ (op een Mac: Cmd+Option+Esc, kies de browser en klik op ‘Forceer stop’). Op een telefoon: sluit het tabblad of sluit de browser-app helemaal af.
step-popup-claimed_never = { $claimed_tech } zegt het zelf: { $claimed_never }
step-popup-real_warnings = Echte beveiligingswaarschuwingen vragen u nooit om een telefoonnummer te bellen.
step-popup-dont_paste = Plak nooit iets wat een pagina of bericht u geeft in het venster ‘Uitvoeren’, in PowerShell of in een terminal. Hebt u dat al gedaan? Koppel de computer dan los van het internet en bel { $it_support_line }.
step-popup-dont_restore = Herstel de vorige tabbladen niet als u de browser weer opent.
step-popup-scan = Laat daarna uw eigen antivirusprogramma de hele computer scannen.
step-popup-no_signs = We vonden geen tekenen van een valse waarschuwingspagina. Een echte waarschuwing vraagt u nooit om een nummer te bellen of software voor toegang op afstand te installeren.

step-any-codes = Lees nooit een eenmalige code, wachtwoord of pincode voor aan iemand die contact met u zocht, en typ die ook niet voor hen in. Echte banken en bedrijven vragen daar niet om.
step-any-codes_family = Geef nooit een code door die u hebt ontvangen, en keur nooit een inlogpoging goed die u niet zelf bent begonnen.
step-any-no_fee = Reageer niet meer. Stuur geen geld, geen identiteitsbewijs en geen bankgegevens. Bij echte prijzen, vacatures en beleggingen hoeft u nooit eerst te betalen of over te stappen naar WhatsApp of Telegram.
step-any-if_access_given = Hebt u iemand al toegang gegeven tot uw computer? Koppel hem dan los van het internet (kabel eruit, wifi uit), log er nergens meer op in en bel { $it_support_line }.
step-any-if_paid_family = Hebt u al geld gestuurd? Bel dan meteen uw bank en zeg dat het oplichting was.
step-any-if_paid_investment = Hebt u al betaald? Meld het meteen bij uw bank. En pas op voor iedereen die aanbiedt uw geld terug te halen: dat is dezelfde oplichting opnieuw.
step-any-if_paid = Hebt u al betaald of uw kaart- of bankgegevens gegeven? Bel dan meteen uw bank op het nummer op uw kaart en zeg dat het oplichting was.
step-any-if_code_given = Hebt u al een wachtwoord of code gegeven? Wijzig dat wachtwoord vanaf uw eigen apparaat, te beginnen met dat van uw e-mail, en meld het bij { $it_support }.

step-sms-report_spam_number = Stuur de sms gratis door naar { $spam_text } om hem te melden, en verwijder hem daarna.
step-sms-report = Meld het bericht als spam in uw berichtenapp en verwijder het daarna.
step-email-report = Meld de e-mail bij { $it_support } en verwijder hem daarna.
step-any-tell_it = Vertel { $it_support } wat er is gebeurd, zeker als u een nummer hebt gebeld, een wachtwoord hebt ingetypt of iemand toegang tot uw computer hebt gegeven.
step-any-report_fraud = Meld het bij { $fraud_report }.
step-msg-no_signs = We vonden geen tekenen van oplichting. Vraagt het bericht u te betalen, in te loggen of een nummer te bellen? Vraag het dan na bij de afzender, op een nummer dat u al kent.

## Het rapport

summary-scam = Dit is zeer waarschijnlijk oplichting.
summary-suspicious = Dit heeft kenmerken van oplichting: behandel het als oplichting tot u het hebt gecontroleerd.
summary-no_signs = Er zijn geen tekenen van oplichting gevonden.
score = risicoscore
partly-checked = Slechts gedeeltelijk gecontroleerd:
channel-call = een telefoongesprek
channel-email = een e-mail
channel-sms = een sms
channel-popup = een webpagina of pop-up
channel-guessed = vermoedelijk { $channel } (wijzig met --channel)
# A quote from the contact.
quoted = ‘{ $text }’

## The web page's own words
ui-partly-rest = Wees net zo voorzichtig met wat niet gecontroleerd kon worden.
ui-call = Bel { $number }
ui-read-as = Gelezen als { $channel }. Klopt dat niet? Lees het als:
ui-what-you-pasted = Wat u hebt geplakt
ui-your-name = Uw naam (optioneel)
ui-your-email = Uw e-mailadres, voor het antwoord van de IT-helpdesk (optioneel)
ui-note = Moet de IT-helpdesk nog iets weten? (optioneel)
ui-report = Melden bij de IT-helpdesk
# The language's own name, as its speakers look for it in a list.
language-name = Nederlands

## The Check page
ui-check-title = Controleer een telefoontje, e-mail, sms of pop-up
ui-check-for-org = Voor de mensen van { $org }. Er gaat niets naar de IT-helpdesk, tenzij u besluit het te melden.
ui-warning-from-it = Waarschuwing van de IT-helpdesk ({ $when }):
ui-what-was-it = Wat was het?
ui-channel-any = Laat knownline het bepalen
ui-channel-call = Een telefoontje (aantekeningen of uitgeschreven gesprek)
ui-channel-email = Een e-mail (het hele bericht)
ui-channel-sms = Een sms
ui-channel-popup = Een pop-up of webpagina
ui-paste = Plak het hier, schrijf op wat de beller zei, of typ het nummer of de link
ui-from = Het nummer of adres waar het vandaan kwam (optioneel)
ui-check = Controleren
ui-or-upload = Of upload een e-mail
ui-eml = Het bericht opgeslagen als .eml
ui-check-email = E-mail controleren

## De pagina’s van de site (navigatie, inloggen, account, een beller controleren, incidenten,
## de telefoonlijst). De eigen pagina’s van de IT-helpdesk (campagnes, de oplichtingslijst,
## organisaties, gebruikers, het auditlog) gebruiken deze waar ze die delen.

web-nav-main = Hoofdmenu
web-nav-check = Controleren
web-nav-verify = Beller controleren
web-nav-incidents = Incidenten
web-nav-directory = Telefoonlijst
web-nav-campaigns = Campagnes
web-nav-scam-list = Oplichtingslijst
web-nav-orgs = Organisaties
web-nav-tokens = API-tokens
web-nav-users = Gebruikers
web-nav-audit = Auditlog
web-nav-account = Uw account
web-sign-out = Uitloggen als { $email }
web-skip = Naar de inhoud
web-menu = Menu
web-rule = Hang op. Bel terug op een nummer dat u al kent.
web-sign-in = Inloggen
web-email = E-mailadres
web-password = Wachtwoord
web-new-password = Wachtwoord (minstens 12 tekens)
web-login-email-too-long = Dat e-mailadres is te lang.
web-login-blocked = Te veel mislukte pogingen. Wacht 15 minuten en probeer het opnieuw.
web-login-slowed = Te veel pogingen voor dit account op dit moment. Wacht een minuut en probeer het opnieuw.
web-try-later = Probeer het later opnieuw.
web-login-no-match = Het e-mailadres en het wachtwoord komen niet overeen.
web-setup-title = De eerste beheerder aanmaken
web-setup-intro = Deze link werkt maar één keer. De beheerder voegt de organisaties toe, met hun telefoonlijsten en de mensen die knownline gebruiken.
web-setup-create = Beheerder aanmaken
web-not-email = Geen e-mail
web-not-email-binary = Dat bestand bevat binaire gegevens. Sla het bericht op als .eml (het onbewerkte bericht) en upload dat.
web-result = Resultaat
web-report = Melden
web-reported = Gemeld. Dank u wel.
web-reported-next = De IT-helpdesk van { $org } gaat ernaar kijken. U hebt er goed aan gedaan om het eerst te controleren voordat u iets deed.
web-reference = Referentie:
web-check-another = Iets anders controleren
web-which-org = Welke organisatie?
web-which-org-why = Uw account werkt voor meerdere organisaties (of voor geen enkele): meld het via de API met ‘org’, of vraag het uw beheerder.
web-too-many-reports = Te veel meldingen
web-too-many-reports-why = Vanaf dit adres zijn het afgelopen uur veel meldingen gedaan. Bel uw IT-helpdesk op het nummer dat u kent, of probeer het later opnieuw.
web-verify-intro = Wie u ook belt of schrijft: vraag naam en nummer, hang op en bel terug op een nummer waarvan u al weet dat het echt van hen is.
web-verify-claims = Voor wie gaven ze zich uit?
web-verify-claims-example = Microsoft-helpdesk, onze IT-helpdesk, fraudeafdeling van ING
web-verify-number = Het nummer waarmee ze belden of dat ze u gaven (optioneel)
web-verify-from = Het adres waarvandaan ze schreven (optioneel)
web-verify = Controleren
web-verify-call-back = Terugbellen
web-verify-after = Nadat u hebt teruggebeld
web-verify-genuine = Het was echt
web-verify-scam = Het was oplichting
web-thank-you = Dank u wel
web-verify-another = Een andere beller controleren
web-filter = Filteren
web-filter-status = Status
web-filter-channel = Kanaal
web-filter-verdict = Oordeel
web-any = Alle
web-incident-count = { $count ->
    [one] 1 incident
   *[other] { $count } incidenten
}
web-col-reported = Gemeld
web-col-org = Organisatie
web-pages = Pagina’s
web-newer = Nieuwer
web-older = Ouder
web-page-of = pagina { $page } van { $pages }
web-incident = Incident
web-reported-on = gemeld op { $when }
web-reported-by = Gemeld door { $name }
web-reporter-anonymous = iemand die geen naam gaf (via de controlelink)
web-reporter-link = { $name } (via de controlelink)
web-the-contact = Het gemelde contact
web-reporter-wrote = Wat de melder schreef
web-replies = Antwoorden van de IT-helpdesk
web-notes = Notities (alleen voor de IT-helpdesk)
web-triage = Beoordeling
web-triage-list = Bevestigt u dit als oplichting, dan komen deze op de gedeelde oplichtingslijst (een waarde uit een vertrouwde telefoonlijst blijft erbuiten):
web-status-new = Nieuw (nog niet beoordeeld)
web-private-note = Interne notitie (alleen voor de IT-helpdesk; de melder ziet die nooit)
web-reply-to-person = Antwoord aan de melder (die leest het hier en per e-mail)
web-reply-to-visitor = Antwoord aan de bezoeker die het meldde (per e-mail naar het adres dat die opgaf; niemand heeft dat adres gecontroleerd)
web-reply-example = Dit was oplichting – u hebt precies het goede gedaan door het te melden.
web-save = Opslaan
code-scam = Oplichting
code-suspicious = Verdacht
code-no_signs = Geen tekenen van oplichting
code-new = Nieuw
code-confirmed_scam = Bevestigde oplichting
code-benign = Geen oplichting
code-closed = Afgesloten
code-suggested = Voorgesteld
code-active = Op de lijst
code-removed = Verwijderd
code-call = Telefoongesprek
code-email = E-mail
code-sms = Sms
code-popup = Pop-up of webpagina
code-member = Medewerker
code-it_support = IT-helpdesk
code-admin = Beheerder
code-webhook = Webhook
web-directories = Telefoonlijsten
web-no-orgs = Nog geen organisaties: voeg er een toe met
web-directory-of = Telefoonlijst van { $org }
web-directory-intro = De nummers en adressen die u al kent: bel hierop terug, nooit op een nummer dat een beller u geeft.
web-col-name = Naam
web-col-role = Rol
web-col-phones = Telefoonnummers
web-col-domains = Domeinen
web-col-verified = Gecontroleerd
web-remove = Verwijderen
web-remove-named = { $name } verwijderen
web-directory-more = { $count ->
    [one] 1.000 van 1 vermelding getoond; exporteer de rest met
   *[other] 1.000 van { $count } vermeldingen getoond; exporteer de rest met
}
web-entry-add = Een vermelding toevoegen of vervangen
web-entry-phones = Telefoonnummers (scheiden met ;)
web-entry-domains = E-maildomeinen (scheiden met ;)
web-entry-aliases = Andere namen (scheiden met ;)
web-entry-note = Notitie
web-entry-verified = Gecontroleerd op (JJJJ-MM-DD)
web-entry-replace = Een vermelding met dezelfde naam vervangen
web-entry-save = Vermelding opslaan
web-tokens-intro = Met een token kan een script of een ander programma namens u de API gebruiken. Houd het geheim en trek het in zodra het niet meer nodig is.
web-token-new = Uw nieuwe token (wordt maar één keer getoond; kopieer het nu):
web-col-created = Aangemaakt
web-col-state = Status
web-token-revoked = ingetrokken op { $when }
web-revoke = Intrekken
web-revoke-named = { $name } intrekken
web-token-add = Nieuw token
web-token-for = Waarvoor het dient
web-token-create = Token aanmaken
code-bank = Bank
code-card_issuer = Kaartuitgever
code-vendor = Leverancier
code-government = Overheid
code-utility = Nutsbedrijf
code-colleague = Collega
code-other = Overig
web-signed-in-as = Ingelogd als { $email } ({ $role }).
web-language = Taal
web-language-choose = De taal van deze pagina’s en van de antwoorden die u krijgt
web-language-default = Automatisch
web-language-auto-help = Automatisch: de taal van uw organisatie, anders die van uw browser.
web-language-saved = Opgeslagen: knownline schrijft u voortaan in deze taal.
web-password-change = Uw wachtwoord wijzigen
web-password-current = Huidig wachtwoord
web-password-changed = Uw wachtwoord is gewijzigd en u bent overal elders uitgelogd.
web-invite-title = Kies uw wachtwoord
web-invite-welcome = Welkom bij knownline
web-invite-intro = U bent uitgenodigd als { $email }. Kies een wachtwoord dat alleen u kent: niemand anders heeft het ooit nodig, ook de IT-helpdesk niet.
web-password-again = Nogmaals hetzelfde wachtwoord
web-invite-create = Mijn account aanmaken
web-passwords-differ = De twee wachtwoorden zijn niet gelijk.
web-status-is = Status: { $status }

## Een beller controleren: het antwoord op ‘ze zeggen dat ze X zijn, vanaf dit nummer’.
## { $callback } is een van de verify-callback-*-zinsdelen (wie u terugbelt en hoe), zo
## geschreven dat het past na ‘Hang op en …’ en als zin op zichzelf.

verify-how-unknown = een nummer dat u zelf vindt op een factuur, uw kaart, een contract of de officiële website waarvan u het adres zelf intypt – nooit een nummer dat de beller of het bericht u geeft
verify-how-website = typ zelf het adres van de officiële website van { $org } in uw browser en ga daar naar de contactpagina
verify-your-own-it = uw eigen IT-helpdesk
verify-your-it = uw IT-helpdesk
verify-role-it_support = uw IT-helpdesk
verify-role-bank = uw bank
verify-role-card_issuer = uw creditcardmaatschappij
verify-role-government = de overheidsinstantie
verify-role-utility = uw energie- of waterbedrijf
verify-role-vendor = uw leverancier
verify-role-colleague = uw collega
verify-role-other = degene die ze noemden
# ‘Hang op en bel zelf Acme IT op 020 123 4567.’
verify-callback-phone = bel zelf { $name } op { $number }
verify-callback-on = bel { $name } op { $how }
verify-callback-reach = neem contact op met { $name }: { $how }
verify-callback-known = bel zelf { $name } op een nummer dat u al kent
verify-flag-known = { $value } is { $count ->
    [1] één keer
    [2] twee keer
   *[other] { $count } keer
} gebruikt bij bevestigde oplichting (het laatst op { $date }).
verify-flag-not-it = Alleen uw eigen IT-helpdesk ({ $it }) heeft een reden om contact met u op te nemen over uw computer. En dat is { $party } niet.
# The same when the directory names no IT support (the sentence names it already).
verify-flag-not-it-unnamed = Alleen uw eigen IT-helpdesk heeft een reden om contact met u op te nemen over uw computer. En dat is { $party } niet.
verify-flag-not-it-number = Ze zeggen dat ze van { $it } zijn, maar { $number } is niet het nummer van { $it }.
verify-flag-someone-elses = Volgens uw telefoonlijst is { $number } het nummer van { $owner }, niet van { $party }: een getoond nummer is eenvoudig na te maken.
verify-flag-not-theirs = { $number } is niet het nummer van { $party }.
verify-flag-domain = { $domain } is geen domein van { $party }.
verify-summary-known = Bekende oplichting: { $flag }
verify-summary-mismatch = { $flag } Hang op en { $callback }.
verify-summary-number-matches = Volgens uw telefoonlijst hoort het nummer bij { $party }, maar een getoond nummer of een afzendernaam is eenvoudig te vervalsen. Wilt u zeker zijn? Hang dan op en { $callback }.
verify-summary-domain-matches = Volgens uw telefoonlijst hoort het domein bij { $party }, maar een getoond nummer of een afzendernaam is eenvoudig te vervalsen. Wilt u zeker zijn? Hang dan op en { $callback }.
verify-summary-unknown = knownline kan niet nagaan of dit echt { $party } is. Hang op en { $callback }.
verify-step-even-if-matches = Ook al klopt het: hang op (of reageer niet) en { $callback }. Een getoond nummer of een afzendernaam is eenvoudig te vervalsen.
verify-step-hang-up = Hang op, of reageer niet. U bent een beller geen uitleg verschuldigd.
verify-step-call-back = { $callback }.
verify-step-not-that-number = Bel niet terug naar { $number }: dan krijgt u degene aan de lijn die u dat nummer gaf.
# { $statement } zijn de eigen woorden van de organisatie, geciteerd zoals ze die schreef (in het Engels).
verify-step-policy = { $org } zegt het zelf: { $statement }
verify-step-no-remote = Laat niemand die u niet zelf hebt gebeld verbinding maken met uw computer, en lees nooit codes, wachtwoorden of kaartnummers voor.
# { $where } is waar de organisatie vraagt oplichting te melden, in haar eigen woorden (in het Engels).
verify-step-report = Meld het: { $where }.
verify-step-tell-it = Vertel { $it } wat er is gebeurd, zodat ze anderen kunnen waarschuwen.
web-verify-call-on = { $name } op { $number }

## De eigen pagina’s van de IT-helpdesk: mensen en rollen, het auditlog, campagnes.

code-analyst = Analist
web-users-title = Gebruikers en rollen
web-invitation-for = Uitnodiging voor { $email }
web-invitation-send = Stuur deze link zelf naar de persoon (hij werkt één keer, tot { $until }). Die kiest zelf een wachtwoord. De link wordt alleen nu getoond.
web-all-orgs = alle
web-invited-pending = Uitgenodigd, nog niet aangemeld
web-until = tot { $when }
web-invite = Iemand uitnodigen
web-role-help-member = controleert contacten en bellers en meldt ze; ziet alleen de eigen meldingen, de status daarvan en de antwoorden van de IT-helpdesk
web-role-help-analyst = IT-helpdesk van de gekozen organisaties: beoordeelt hun meldingen, leest en schrijft interne notities, bewerkt hun telefoonlijsten en instellingen, en bevestigt vermeldingen op de gedeelde oplichtingslijst
web-role-help-admin = alles, voor elke organisatie: mensen en rollen, organisaties, imports en de hele gedeelde oplichtingslijst
web-org-none = geen (alleen beheerders)
web-invite-make = Uitnodigingslink maken
web-audit-intro = Wie wat heeft gewijzigd, nieuwste eerst (de laatste 200).
web-col-when = Wanneer
web-col-who = Wie
web-col-what = Wat
web-col-on = Betreft
web-col-detail = Details
web-campaigns-intro = Meldingen met hetzelfde telefoonnummer, hetzelfde domein of bijna dezelfde woorden, bij alle organisaties die u beheert.
web-campaigns-none = Geen campagnes: nog geen twee meldingen hebben iets gemeen.
web-campaign-reports = { $count ->
    [one] 1 melding
   *[other] { $count } meldingen
}
web-campaign-orgs = { $count ->
    [one] 1 organisatie
   *[other] { $count } organisaties
}
web-campaign-numbers = Nummers:
web-campaign-domains = Domeinen:
web-campaign-same-words = Bijna dezelfde woorden.
web-campaign-from-to = Van { $from } tot { $to }.
web-campaign-orgs-named = Organisaties:
web-campaign-other-orgs = { $count ->
    [one] en 1 andere
   *[other] en { $count } andere
}
web-campaign-warning = Waarschuwing aan alle betrokken organisaties
web-campaign-warn = Allemaal waarschuwen
web-warned = Gewaarschuwd
web-warned-orgs = { $count ->
    [one] 1 organisatie is gewaarschuwd. De mensen daar zien het de volgende keer dat ze een contact controleren.
   *[other] { $count } organisaties zijn gewaarschuwd. De mensen daar zien het de volgende keer dat ze een contact controleren.
}
web-back-to-campaigns = Terug naar campagnes

## De instellingen van een organisatie (IT-helpdesk).

web-orgs-none = U beheert geen organisaties.
web-orgs-add = Een organisatie toevoegen
web-orgs-add-button = Organisatie toevoegen
web-org-link-new = De nieuwe controlelink (wordt maar één keer getoond; deel hem met de mensen van { $org }):
web-org-secret-new = De geheime sleutel waarmee de webhook ondertekent (wordt maar één keer getoond; de ontvanger controleert er X-Knownline-Signature mee):
web-org-link = Controlelink
web-org-link-intro = Iedereen met de link kan een contact controleren aan de hand van de telefoonlijst van { $org } en het bij u melden, zonder account.
web-org-link-on = Er is een link actief. Met een nieuwe link werkt de oude niet meer.
web-org-link-off = Er is geen link actief.
web-org-link-make = Nieuwe link maken
web-org-link-stop = Link uitzetten
web-org-reader = Land en taal
web-org-reader-intro = Wat uw mensen te zien krijgen: waar ze oplichting kunnen melden en welke nummers ze kunnen bellen (geen, zolang er geen land is ingesteld), en in welke taal ze lezen (zonder taal: ieders eigen keuze, anders die van de browser, anders de taal van het contact zelf).
web-org-country = Land
web-org-not-set = Niet ingesteld
web-org-language = Taal
web-org-language-each = Ieders eigen keuze of browsertaal
web-org-reader-save = Land en taal opslaan
web-org-email = E-mail aan de IT-helpdesk
web-org-email-label = Adres dat nieuwe meldingen en campagnewaarschuwingen ontvangt (leeg: geen)
web-org-email-save = Adres opslaan
web-org-webhooks = Webhooks
web-none = Geen.
web-none-yet = Nog geen.
web-org-col-format = Formaat
web-org-col-where = Bestemming
web-org-col-added = Toegevoegd
web-org-webhook-remove = Webhook { $id } verwijderen
web-org-webhook-url = Webhook-URL
web-org-webhook-body = Inhoud
web-org-webhook-add = Webhook toevoegen
web-org-deliveries = Laatste notificaties
web-org-col-how = Via
web-org-col-to = Aan
web-org-col-outcome = Resultaat
web-org-attempts = { $count ->
    [one] na 1 poging
   *[other] na { $count } pogingen
}
web-org-failed = Mislukt
web-org-retry = Opnieuw proberen
web-org-retry-named = Opnieuw proberen (notificatie { $id })
web-org-waiting = In de wachtrij
web-org-next-try = volgende poging op { $when }
web-org-delivered = Afgeleverd

## De gedeelde oplichtingslijst (IT-helpdesk) en wat de uitkomst van een controle ermee doet.

web-list-title = Gedeelde oplichtingslijst
web-list-intro = Nummers, domeinen en links waarvan bevestigd is dat ze bij oplichting zijn gebruikt. Controles bij elke organisatie markeren wat op de lijst staat. Een ‘Het was oplichting’ van een medewerker blijft een voorstel tot de IT-helpdesk het bevestigt; een waarde uit een vertrouwde telefoonlijst wordt nooit gemarkeerd.
web-list-conflicts = Conflicten met een telefoonlijst
web-list-kind = Soort
web-list-contains = Bevat
web-list-count = { $count ->
    [one] 1 op de lijst
   *[other] { $count } op de lijst
}
web-list-col-value = Waarde
web-list-col-confirmed = Bevestigd
web-list-col-suggested = Voorgesteld
web-list-col-hits = Gemarkeerde contacten
web-list-col-sources = Herkomst
web-list-col-change = Wijzigen
web-list-conflict = conflict
web-list-times = { $count ->
    [one] één keer
   *[other] { $count } keer
}
web-list-suggested = voorgesteld
web-list-confirm = Bevestigen
web-list-confirm-named = { $value } bevestigen
code-phone = Telefoonnummer
code-domain = Domein
code-url = Link
code-import = Import
code-incident = Melding
code-verification = Verificatie
web-outcome-genuine = Genoteerd: bij het terugbellen bleek het echt te zijn. Er komt niets op de gedeelde oplichtingslijst.
web-outcome-held = Genoteerd als oplichting. Het nummer of adres staat in een vertrouwde telefoonlijst en wordt daarom niet gemarkeerd: uw IT-helpdesk heeft het conflict te zien gekregen en controleert de vermelding in de telefoonlijst.
web-outcome-listed = Genoteerd als oplichting: het nummer en de afzender staan nu op de gedeelde oplichtingslijst en worden bij elke volgende controle gemarkeerd.
web-outcome-suggested = Genoteerd als oplichting en doorgegeven aan uw IT-helpdesk, die beslist of het nummer op de gedeelde oplichtingslijst komt. Laat ze weten wat er is gebeurd.

## The command line's verify answer.
cli-verify-number = nummer
cli-verify-domain = domein
cli-verify-matches = komt overeen met de telefoonlijst
cli-verify-no-match = komt NIET overeen
cli-verify-unknown = onbekend
cli-verify-no-org = (Zonder --org is alleen de ingebouwde kennis gebruikt. Voeg de telefoonlijst van uw organisatie toe, zodat uw eigen IT-ondersteuning wordt genoemd.)
cli-verify-recorded = Vastgelegd als verificatie { $id }. Leg vast hoe het ging nadat u hebt teruggebeld:
