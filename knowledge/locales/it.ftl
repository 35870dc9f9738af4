# Le parole di knownline per la persona, in italiano (con il Lei). Ogni messaggio di en.ftl
# deve esistere anche qui: se ne manca uno, il pacchetto viene rifiutato. Le variabili le
# riempie il motore; il loro significato è spiegato in knowledge/playbooks.toml.

## Le parole con cui si compongono i passi

it-support-default = la sua assistenza informatica
it-support-line-default = la sua assistenza informatica, a un numero che già conosce
# “Acme IT al numero +1 617-555-0100”
call-line = { $name } al numero { $number }

## Esiti e titoli

verdict-scam = Truffa
verdict-suspicious = Sospetto
verdict-no_signs = Nessun segno di truffa
heading-steps = Cosa fare adesso
heading-reasons = Perché
heading-more-reasons = Altri motivi

## Tipi di truffa

family-tech_support = Falsa assistenza tecnica
family-bank = Falso operatore della banca o della carta
family-police = Falsa polizia o falsa autorità
family-government = Falso fisco o falso ente pubblico
family-family = Falsa emergenza in famiglia
family-investment = Truffa su investimenti o criptovalute
family-utility = Falso distacco di luce, gas o acqua
family-parcel = Falsi costi di spedizione o di dogana
family-prize = Falso premio, falso lavoro o spese da anticipare
family-codes = Qualcuno vuole i suoi codici
family-account = Falso avviso sul suo account

## Motivi: uno per tattica, seguito da ciò che ha detto il contatto

tactic-authority_impersonation = Si spaccia per qualcuno di cui si fida
tactic-callback_lure = La spinge a chiamare un numero che fornisce lui
tactic-credential_request = Chiede un codice, una password o i dati della carta
tactic-lookalike_domain = Il link imita quello dell’azienda vera
tactic-phone_on_warning = Un avviso di sicurezza con un numero di telefono
tactic-refund_overpayment = Un rimborso o un “pagamento in eccesso” da restituire
tactic-remote_access = Vuole entrare nel suo computer o nel suo telefono
tactic-scareware = La spaventa con un falso allarme virus
tactic-secrecy = Le chiede di non dirlo a nessuno o di restare in linea
tactic-sender_spoofing = Il mittente non è chi dice di essere
tactic-too_good_offer = Un’offerta troppo bella per essere vera
tactic-unsolicited_support = “Assistenza” che lei non ha mai chiesto
tactic-unusual_payment = Vuole un pagamento in un modo che gli enti veri non usano
tactic-urgency_threat = La minaccia per farla agire in fretta
tactic-text_model = Scritto come truffe che abbiamo già visto
tactic-known_scam = Già segnalato in altre truffe
tactic-directory_mismatch = Non corrisponde alla rubrica della sua organizzazione

## Passi

step-any-known_sender = Prima di fare ciò che le chiedono, riattacchi e chiami direttamente { $sender_known_line }. Nella sua rubrica questo numero risulta di { $sender_known }, ma il numero del chiamante e il nome del mittente si possono falsificare.
step-any-bare_number = Se la chiamata arrivava dal { $bare_number }, o se le chiedono di chiamare questo numero, riattacchi. Poi contatti direttamente l’ente o l’azienda di cui le hanno parlato, a un numero che già conosce: quello sulla carta, su una bolletta o su un contratto. Nulla collega questo numero a qualcuno che conosciamo, e il numero del chiamante si può falsificare.

step-call-hang_up_directory = Riattacchi. Se deve contattare { $dir_claimed }, chiami direttamente { $dir_claimed_line }: il numero della sua rubrica, mai quello dato da chi ha chiamato.
step-call-hang_up_it = Riattacchi. Chiami { $it_support_line }.
step-call-hang_up_bank_159 = Riattacchi. Chiami il { $bank_line }, che la mette in contatto con la sua banca — se può da un altro telefono, perché alcuni truffatori tengono la linea aperta.
step-call-hang_up_bank = Riattacchi. Chiami la sua banca al numero sul retro della carta — se può da un altro telefono, perché alcuni truffatori tengono la linea aperta.
step-call-hang_up_police = Riattacchi. Le vere forze dell’ordine non chiedono mai soldi, carte bancarie od oggetti di valore, e non mandano mai nessuno a ritirarli.
step-call-hang_up_government = Riattacchi. Se pensa di dover pagare qualcosa, contatti direttamente l’ente, al numero che trova su una sua lettera o sul suo sito ufficiale.
step-call-hang_up_family = Riattacchi e richiami il suo familiare al numero che ha sempre usato — non a uno nuovo.
step-call-hang_up_utility = Riattacchi. Controlli direttamente la sua situazione con il fornitore, al numero stampato sulla bolletta.
step-call-hang_up_codes = Riattacchi. Non dica e non digiti nessun codice: nessuna banca o azienda vera lo chiede al telefono.
step-call-hang_up_investment = Riattacchi e non mandi altri soldi. Le vere società di investimento non chiamano all’improvviso, e nessuno può farle recuperare i soldi persi in cambio di una commissione.
step-call-hang_up_prize = Riattacchi. Per ritirare un premio vero non si paga mai nulla.
step-call-hang_up = Riattacchi. Se pensa che possa essere vero, richiami l’ente a un numero che già conosce: quello sulla carta, su una bolletta o sul sito ufficiale.
step-call-police_call_back = Se ha dei dubbi, sia lei a chiamare la polizia: il { $police }, oppure il { $emergency } in caso di emergenza.
step-call-police_call_back_local = Se ha dei dubbi, sia lei a chiamare la polizia o i carabinieri della sua zona, a un numero che ha cercato lei — mai quello dato da chi ha chiamato.
step-call-not_tech_support = Solo la sua assistenza informatica ha un motivo per chiamarla a proposito del suo computer. Chi ha chiamato, chiunque fosse, non era la sua assistenza.
step-call-bank_never = La sua banca non le chiederà mai di spostare soldi su un “conto sicuro”, di consegnare la carta a un corriere o di dettare un codice.
step-call-family_check = Se non riesce a raggiungere il suo familiare, faccia a chi ha chiamato una domanda a cui solo la persona vera saprebbe rispondere, oppure chiami un altro parente. Non mandi soldi finché ha dei dubbi.
step-call-claimed_policy = È { $claimed } a dirlo: { $claimed_never }
step-call-dont_call_back_given = Non richiami il numero che le hanno dato ({ $numbers }): risponderebbero le stesse persone.
step-call-verify_claimed = Per togliersi ogni dubbio, contatti direttamente { $claimed }: { $how_to_reach }
step-call-no_signs = In queste note non abbiamo trovato segni di truffa. Tuttavia, se chi ha chiamato le ha chiesto di pagare, di installare qualcosa, di accedere a un account o di dettare un codice, riattacchi e richiami a un numero che già conosce.

step-email-dont_act = Non clicchi sui link, non apra gli allegati e non risponda.
step-email-dont_call = Non chiami il numero indicato nell’email ({ $numbers }): in queste truffe i truffatori ci mettono il proprio numero.
step-sms-dont_act = Non tocchi il link e non risponda.
step-sms-dont_call = Non chiami il numero indicato nell’SMS ({ $numbers }).

step-msg-check_directory = Se deve contattare { $dir_claimed }, chiami { $dir_claimed_line }: il numero della sua rubrica, non quello del messaggio.
step-msg-check_it = Se ha dubbi su un ordine, un rinnovo o il suo computer, chiami { $it_support_line }.
step-msg-check_bank = Se ha dubbi sul suo conto, apra direttamente l’app della sua banca o chiami il numero sul retro della carta.
step-msg-check_government = Per tasse, multe o contributi, controlli sul sito ufficiale — scrivendo lei l’indirizzo — oppure su una lettera che ha ricevuto.
step-msg-check_police = Le forze dell’ordine non chiedono pagamenti via messaggio. Se ha dubbi, chiami la polizia o i carabinieri della sua zona, a un numero che ha cercato lei.
step-msg-check_parcel = Controlli la spedizione nell’app o sul sito del corriere, scrivendo lei l’indirizzo: i corrieri non chiedono pagamenti via messaggio.
step-msg-check_family = Prima di fare qualsiasi cosa, chiami il suo familiare al numero che ha sempre usato — non a uno nuovo.
step-msg-check_utility = Controlli la sua situazione con il fornitore, al numero stampato sulla bolletta.
step-msg-check_account = Se ha dubbi sull’account, acceda come fa sempre — dall’app, o dal sito scrivendo lei l’indirizzo — mai da questo messaggio.
step-msg-verify_claimed = Se pensa che possa essere vero, verifichi direttamente con { $claimed }: { $how_to_reach }
step-msg-check_sender = Se il messaggio le chiede di fare qualcosa, verifichi con il mittente a un numero che già conosce — mai a uno indicato nel messaggio.
step-msg-claimed_policy = È { $claimed } a dirlo: { $claimed_never }

step-popup-dont_call = Non chiami il numero sulla pagina{ $numbers_suffix } e non clicchi su niente.
step-popup-close = Chiuda il browser: prema Alt+F4 (su Mac, Cmd+Q). Se la pagina non si chiude, prema Ctrl+Shift+Esc, selezioni il browser in Gestione attività e scelga “Termina attività” (su Mac: Cmd+Option+Esc, poi “Uscita forzata”). Sul telefono, chiuda la scheda o forzi la chiusura dell’app del browser.
step-popup-claimed_never = È { $claimed_tech } a dirlo: { $claimed_never }
step-popup-real_warnings = I veri avvisi di sicurezza non chiedono mai di chiamare un numero di telefono.
step-popup-dont_paste = Non incolli mai ciò che una pagina o un messaggio le fornisce nella finestra Esegui, in PowerShell o in un terminale. Se l’ha già fatto, scolleghi il computer da internet e chiami { $it_support_line }.
step-popup-dont_restore = Quando riapre il browser, non ripristini le schede precedenti.
step-popup-scan = Poi esegua una scansione completa con il suo antivirus.
step-popup-no_signs = Non abbiamo trovato segni di una pagina con falsi allarmi. Un avviso vero non chiede mai di chiamare un numero né di installare programmi per il controllo a distanza.

step-any-codes = Non dica e non digiti mai un codice monouso, una password o un PIN per qualcuno che si è messo in contatto con lei: le vere banche e aziende non li chiedono.
step-any-codes_family = Non inoltri mai un codice che ha ricevuto, e non approvi mai un accesso che non ha avviato lei.
step-any-no_fee = Smetta di rispondere e non mandi soldi, documenti d’identità o dati bancari. Premi, lavori e investimenti veri non le chiedono mai di pagare prima, né di passare su WhatsApp o Telegram.
step-any-if_access_given = Se li ha già fatti entrare nel suo computer: lo scolleghi da internet (stacchi il cavo, spenga il Wi-Fi), non acceda a niente da quel computer e chiami { $it_support_line }.
step-any-if_paid_family = Se ha già mandato soldi: chiami subito la sua banca e dica che si tratta di una truffa.
step-any-if_paid_investment = Se ha già pagato: avvisi subito la sua banca, e diffidi di chi si offre di recuperarle i soldi — è di nuovo la stessa truffa.
step-any-if_paid = Se ha già pagato o ha dato i dati della carta o del conto: chiami subito la sua banca al numero sulla carta e dica che si tratta di una truffa.
step-any-if_code_given = Se ha già dato una password o un codice: cambi quella password da un dispositivo suo, cominciando da quella dell’email, e avvisi { $it_support }.

step-sms-report_spam_number = Inoltri l’SMS al { $spam_text } (gratuito) per segnalarlo, poi lo cancelli.
step-sms-report = Lo segnali come spam nell’app dei messaggi, poi lo cancelli.
step-email-report = Avvisi { $it_support }, poi cancelli l’email.
step-any-tell_it = Informi { $it_support } di quanto è successo, soprattutto se ha chiamato un numero, digitato una password o fatto entrare qualcuno nel suo computer.
step-any-report_fraud = Segnali la truffa: { $fraud_report }.
step-msg-no_signs = Non abbiamo trovato segni di truffa. Se il messaggio le chiede di pagare, di accedere a un account o di chiamare un numero, verifichi con il mittente a un numero che già conosce.

## Il rapporto

summary-scam = È molto probabilmente una truffa.
summary-suspicious = Ci sono segni di truffa: la consideri tale finché non ha verificato.
summary-no_signs = Non sono stati trovati segni di truffa.
score = punteggio
partly-checked = Controllato solo in parte:
channel-call = una telefonata
channel-email = un’email
channel-sms = un SMS
channel-popup = una pagina web o un pop-up
channel-guessed = trattato come { $channel } (ipotesi; per cambiarlo usi --channel)
# A quote from the contact.
quoted = «{ $text }»

## The web page's own words
ui-partly-rest = Per ciò che non è stato possibile controllare, usi la stessa prudenza.
ui-call = Chiami il { $number }
ui-read-as = Letto come { $channel }. Non è così? Lo legga come:
ui-what-you-pasted = Il testo che ha incollato
ui-your-name = Il suo nome (facoltativo)
ui-your-email = La sua email, per la risposta dell’assistenza informatica (facoltativo)
ui-note = C’è altro che l’assistenza informatica dovrebbe sapere? (facoltativo)
ui-report = Segnala all’assistenza informatica
# The language's own name, as its speakers look for it in a list.
language-name = Italiano

## The Check page
ui-check-title = Controlli una telefonata, un’email, un SMS o un pop-up
ui-check-for-org = Per le persone di { $org }. Nulla viene inviato all’assistenza informatica, a meno che lei non decida di segnalarlo.
ui-warning-from-it = Avviso dell’assistenza informatica ({ $when }):
ui-what-was-it = Che cos’era?
ui-channel-any = Lo stabilisca knownline
ui-channel-call = Una telefonata (appunti o trascrizione)
ui-channel-email = Un’email (il messaggio intero)
ui-channel-sms = Un SMS
ui-channel-popup = Un pop-up o una pagina web
ui-paste = Lo incolli qui, scriva cosa ha detto chi ha chiamato, oppure inserisca il numero o il link
ui-from = Il numero o l’indirizzo da cui è arrivato (facoltativo)
ui-check = Controlla
ui-or-upload = Oppure carichi un’email
ui-eml = Il messaggio salvato come .eml
ui-check-email = Controlla l’email

## Le pagine del sito (navigazione, accesso, account, verifica di chi chiama, incidenti,
## rubrica). Le pagine dell’assistenza informatica (campagne, elenco delle truffe,
## organizzazioni, utenti, registro delle attività) usano queste dove sono in comune.

web-nav-main = Navigazione principale
web-nav-check = Controlla
web-nav-verify = Verifica chi chiama
web-nav-incidents = Incidenti
web-nav-directory = Rubrica
web-nav-campaigns = Campagne
web-nav-scam-list = Elenco delle truffe
web-nav-orgs = Organizzazioni
web-nav-tokens = Token API
web-nav-users = Utenti
web-nav-audit = Registro delle attività
web-nav-account = Il suo account
web-sign-out = Esci ({ $email })
web-skip = Vai al contenuto
web-menu = Menu
web-rule = Riattacchi. Richiami a un numero che già conosce.
web-sign-in = Accedi
web-email = Email
web-password = Password
web-new-password = Password (almeno 12 caratteri)
web-login-email-too-long = Questo indirizzo email è troppo lungo.
web-login-blocked = Troppi tentativi non riusciti. Aspetti 15 minuti e riprovi.
web-login-slowed = Troppi tentativi per questo account in poco tempo. Aspetti un minuto e riprovi.
web-try-later = Riprovi più tardi.
web-login-no-match = Email e password non corrispondono.
web-setup-title = Crei il primo amministratore
web-setup-intro = Questo link funziona una sola volta. L’amministratore aggiunge le organizzazioni, le loro rubriche e le persone che usano knownline.
web-setup-create = Crea l’amministratore
web-not-email = Non è un’email
web-not-email-binary = Questo file contiene dati binari. Salvi il messaggio come .eml (il messaggio originale) e carichi quello.
web-result = Risultato
web-report = Segnalazione
web-reported = Segnalato. Grazie.
web-reported-next = L’assistenza informatica di { $org } lo esaminerà. Ha fatto bene a controllare prima di agire.
web-reference = Riferimento:
web-check-another = Controlla qualcos’altro
web-which-org = Quale organizzazione?
web-which-org-why = Il suo account agisce per più organizzazioni (o per nessuna): faccia la segnalazione tramite l’API indicando “org”, oppure chieda al suo amministratore.
web-too-many-reports = Troppe segnalazioni
web-too-many-reports-why = Da questo indirizzo sono arrivate molte segnalazioni nell’ultima ora. Chiami la sua assistenza informatica al numero che conosce, oppure riprovi più tardi.
web-verify-intro = Chiunque la chiami o le scriva, si faccia dire nome e numero, riattacchi e richiami a un numero che sa per certo essere quello giusto.
web-verify-claims = Chi hanno detto di essere?
web-verify-claims-example = Assistenza Microsoft, la nostra assistenza informatica, antifrode di Intesa Sanpaolo
web-verify-number = Il numero da cui hanno chiamato o che le hanno dato (facoltativo)
web-verify-from = L’indirizzo da cui hanno scritto (facoltativo)
web-verify = Verifica
web-verify-call-back = Richiami
web-verify-after = Dopo aver richiamato
web-verify-genuine = Era autentico
web-verify-scam = Era una truffa
web-thank-you = Grazie
web-verify-another = Verifica un’altra persona
web-filter = Filtra
web-filter-status = Stato
web-filter-channel = Canale
web-filter-verdict = Esito
web-any = Qualsiasi
web-incident-count = { $count ->
    [one] 1 incidente
   *[other] { $count } incidenti
}
web-col-reported = Segnalato il
web-col-org = Organizzazione
web-pages = Pagine
web-newer = Più recenti
web-older = Meno recenti
web-page-of = pagina { $page } di { $pages }
web-incident = Incidente
web-reported-on = segnalato il { $when }
web-reported-by = Segnalato da { $name }
web-reporter-anonymous = una persona che non ha lasciato il nome (link di controllo)
web-reporter-link = { $name } (link di controllo)
web-the-contact = Il contatto
web-reporter-wrote = Che cosa ha scritto chi l’ha segnalato
web-replies = Risposte dell’assistenza informatica
web-notes = Note (solo per l’assistenza informatica)
web-triage = Valutazione
web-triage-list = Se lo conferma come truffa, questi valori entrano nell’elenco condiviso delle truffe (tranne quelli presenti in una rubrica attendibile):
web-status-new = Nuovo (non ancora valutato)
web-private-note = Nota privata (solo per l’assistenza informatica; chi ha segnalato non la vede mai)
web-reply-to-person = Risponda a chi l’ha segnalato (leggerà la risposta qui e per email)
web-reply-to-visitor = Risponda al visitatore che l’ha segnalato (la risposta va per email all’indirizzo che ha scritto, che nessuno ha verificato)
web-reply-example = Era una truffa — ha fatto benissimo a segnalarla.
web-save = Salva
code-scam = Truffa
code-suspicious = Sospetto
code-no_signs = Nessun segno di truffa
code-new = Nuovo
code-confirmed_scam = Truffa confermata
code-benign = Non è una truffa
code-closed = Chiuso
code-suggested = Proposto
code-active = Nell’elenco
code-removed = Rimosso
code-call = Telefonata
code-email = Email
code-sms = SMS
code-popup = Pop-up o pagina web
code-member = Membro
code-it_support = Assistenza informatica
code-admin = Amministratore
code-webhook = Webhook
web-directories = Rubriche
web-no-orgs = Ancora nessuna organizzazione: ne aggiunga una con
web-directory-of = Rubrica di { $org }
web-directory-intro = I numeri e gli indirizzi che già conosce: richiami sempre questi, mai un numero dato da chi la chiama.
web-col-name = Nome
web-col-role = Ruolo
web-col-phones = Telefoni
web-col-domains = Domini
web-col-verified = Verificato il
web-remove = Rimuovi
web-remove-named = Rimuovi { $name }
web-directory-more = { $count ->
    [one] Mostrate 1.000 voci su 1; esporti le altre con
   *[other] Mostrate 1.000 voci su { $count }; esporti le altre con
}
web-entry-add = Aggiunga o sostituisca una voce
web-entry-phones = Numeri di telefono (separati da ;)
web-entry-domains = Domini email (separati da ;)
web-entry-aliases = Altri nomi (separati da ;)
web-entry-note = Nota
web-entry-verified = Verificato il (AAAA-MM-GG)
web-entry-replace = Sostituisci la voce con lo stesso nome
web-entry-save = Salva la voce
web-tokens-intro = Un token permette a uno script o a un altro programma di usare l’API a suo nome. Lo tenga segreto e lo revochi quando non serve più.
web-token-new = Il suo nuovo token (viene mostrato una sola volta: lo copi adesso):
web-col-created = Creato
web-col-state = Stato
web-token-revoked = revocato il { $when }
web-revoke = Revoca
web-revoke-named = Revoca { $name }
web-token-add = Nuovo token
web-token-for = A cosa serve
web-token-create = Crea il token
code-bank = Banca
code-card_issuer = Emittente della carta
code-vendor = Fornitore
code-government = Ente pubblico
code-utility = Luce, gas o acqua
code-colleague = Collega
code-other = Altro
web-signed-in-as = Accesso effettuato come { $email } ({ $role }).
web-language = Lingua
web-language-choose = La lingua di queste pagine e delle risposte che riceve
web-language-default = Automatica
web-language-auto-help = Automatica: la lingua della sua organizzazione, altrimenti quella del browser.
web-language-saved = Salvato: d’ora in poi knownline le scrive in questa lingua.
web-password-change = Cambi la sua password
web-password-current = Password attuale
web-password-changed = La password è stata cambiata; le sue altre sessioni sono state chiuse.
web-invite-title = Scelga la sua password
web-invite-welcome = Le diamo il benvenuto in knownline
web-invite-intro = Ha ricevuto un invito come { $email }. Scelga una password che conosce solo lei: nessun altro ne ha mai bisogno, nemmeno l’assistenza informatica.
web-password-again = Ripeta la password
web-invite-create = Crea il mio account
web-passwords-differ = Le due password non coincidono.
web-status-is = Stato: { $status }

## Verifica di chi chiama: la risposta a “dicono di essere X, da questo numero”.
## { $callback } è una frase che dice chi richiamare e come (verify-callback-*): un invito
## all’imperativo (“chiami X al numero Y”), inserito dopo “riattacchi e”.

verify-how-unknown = un numero che cerca lei (su una bolletta, una carta, un contratto o sul sito ufficiale, scrivendo lei l’indirizzo), mai uno fornito da chi chiama o dal messaggio
verify-how-website = scriva lei nel browser l’indirizzo del sito ufficiale di { $org } e usi la pagina dei contatti
verify-your-own-it = la sua assistenza informatica
verify-your-it = la sua assistenza informatica
verify-role-it_support = la sua assistenza informatica
verify-role-bank = la sua banca
verify-role-card_issuer = la società che ha emesso la sua carta
verify-role-government = l’ente pubblico
verify-role-utility = il suo fornitore di luce, gas o acqua
verify-role-vendor = il suo fornitore
verify-role-colleague = il suo collega
verify-role-other = chi dicono di essere
verify-callback-phone = chiami { $name } al numero { $number }
verify-callback-on = chiami { $name } a { $how }
verify-callback-reach = contatti direttamente { $name }: { $how }
verify-callback-known = chiami { $name } a un numero che già conosce
verify-flag-known = { $value } compare in { $count ->
    [1] una truffa confermata
   *[other] { $count } truffe confermate
} (ultima segnalazione: { $date }).
verify-flag-not-it = Solo la sua assistenza informatica ({ $it }) ha un motivo per contattarla a proposito del suo computer, non { $party }.
# The same when the directory names no IT support (the sentence names it already).
verify-flag-not-it-unnamed = Solo la sua assistenza informatica ha un motivo per contattarla a proposito del suo computer, non { $party }.
verify-flag-not-it-number = Dicono di essere { $it }, ma il numero { $number } non è il loro.
verify-flag-someone-elses = Dicono di essere { $party }, ma nella sua rubrica il numero { $number } è di { $owner }: il numero del chiamante si può copiare.
verify-flag-not-theirs = Dicono di essere { $party }, ma il numero { $number } non è il loro.
verify-flag-domain = Dicono di essere { $party }, ma il dominio { $domain } non è uno dei loro.
verify-summary-known = Truffa già nota: { $flag }
verify-summary-mismatch = { $flag } Riattacchi e { $callback }.
verify-summary-number-matches = Nella sua rubrica il numero risulta di { $party }, ma il numero del chiamante e il nome del mittente si possono falsificare: per andare sul sicuro, riattacchi e { $callback }.
verify-summary-domain-matches = Nella sua rubrica il dominio risulta di { $party }, ma il numero del chiamante e il nome del mittente si possono falsificare: per andare sul sicuro, riattacchi e { $callback }.
verify-summary-unknown = knownline non è in grado di dire se è davvero { $party }. Riattacchi e { $callback }.
verify-step-even-if-matches = Anche se tutto corrisponde, riattacchi (o non risponda) e { $callback }: il numero del chiamante e il nome del mittente si possono falsificare.
verify-step-hang-up = Riattacchi, oppure non risponda. Non deve spiegazioni a chi chiama.
verify-step-call-back = { $callback }.
verify-step-not-that-number = Non richiami il { $number }: risponderebbe proprio chi gliel’ha dato.
# { $statement } sono le parole dell’organizzazione, citate come le ha scritte (in inglese).
verify-step-policy = È { $org } a dirlo: { $statement }
verify-step-no-remote = Non lasci collegare al suo computer nessuno che non abbia chiamato lei, e non detti mai codici, password o numeri della carta.
# { $where } è dove l’organizzazione chiede di segnalare le truffe, come lo dice lei (in inglese).
verify-step-report = Segnali la truffa: { $where }.
verify-step-tell-it = Informi { $it } di quanto è successo, così potrà avvisare anche gli altri.
web-verify-call-on = { $name } al numero { $number }

## Le pagine dell’assistenza informatica: persone e ruoli, registro delle attività, campagne.

code-analyst = Analista
web-users-title = Utenti e ruoli
web-invitation-for = Invito per { $email }
web-invitation-send = Mandi lei questo link alla persona (funziona una sola volta, fino al { $until }). La password la sceglie la persona stessa. Il link viene mostrato solo adesso.
web-all-orgs = tutte
web-invited-pending = Inviti non ancora accettati
web-until = fino al { $when }
web-invite = Inviti una persona
web-role-help-member = controlla i contatti, verifica chi chiama e li segnala; vede solo le proprie segnalazioni, il loro stato e le risposte dell’assistenza informatica
web-role-help-analyst = assistenza informatica delle organizzazioni scelte: valuta le loro segnalazioni, legge e scrive note private, modifica le loro rubriche e impostazioni e conferma le voci dell’elenco condiviso delle truffe
web-role-help-admin = tutto, per ogni organizzazione: persone e ruoli, organizzazioni, importazioni e l’intero elenco condiviso delle truffe
web-org-none = nessuna (solo amministratori)
web-invite-make = Crea un link di invito
web-audit-intro = Chi ha cambiato cosa, dal più recente (gli ultimi 200).
web-col-when = Quando
web-col-who = Chi
web-col-what = Cosa
web-col-on = Oggetto
web-col-detail = Dettagli
web-campaigns-intro = Segnalazioni che hanno in comune un numero di telefono, un dominio o quasi le stesse parole, in tutte le organizzazioni che segue.
web-campaigns-none = Nessuna campagna: per ora nessuna segnalazione ha qualcosa in comune con un’altra.
web-campaign-reports = { $count ->
    [one] 1 segnalazione
   *[other] { $count } segnalazioni
}
web-campaign-orgs = { $count ->
    [one] 1 organizzazione
   *[other] { $count } organizzazioni
}
web-campaign-numbers = Numeri:
web-campaign-domains = Domini:
web-campaign-same-words = Quasi le stesse parole.
web-campaign-from-to = Dal { $from } al { $to }.
web-campaign-orgs-named = Organizzazioni:
web-campaign-other-orgs = { $count ->
    [one] e un’altra
   *[other] e altre { $count }
}
web-campaign-warning = Avviso a tutte le organizzazioni coinvolte
web-campaign-warn = Avvisa tutte le organizzazioni
web-warned = Avviso inviato
web-warned-orgs = { $count ->
    [one] 1 organizzazione è stata avvisata: chi ne fa parte vedrà l’avviso la prossima volta che controlla un contatto.
   *[other] { $count } organizzazioni sono state avvisate: chi ne fa parte vedrà l’avviso la prossima volta che controlla un contatto.
}
web-back-to-campaigns = Torna alle campagne

## Le impostazioni di un’organizzazione (assistenza informatica).

web-orgs-none = Non segue nessuna organizzazione.
web-orgs-add = Aggiunga un’organizzazione
web-orgs-add-button = Aggiungi l’organizzazione
web-org-link-new = Il nuovo link di controllo (viene mostrato una sola volta: lo condivida con le persone di { $org }):
web-org-secret-new = La chiave segreta con cui il webhook firma i messaggi (viene mostrata una sola volta: il destinatario la usa per verificare X-Knownline-Signature):
web-org-link = Link di controllo
web-org-link-intro = Chiunque abbia il link può confrontare un contatto con la rubrica di { $org } e segnalarlo a lei, senza bisogno di un account.
web-org-link-on = C’è un link attivo. Se ne crea uno nuovo, quello vecchio smette di funzionare.
web-org-link-off = Nessun link attivo.
web-org-link-make = Crea un nuovo link
web-org-link-stop = Disattiva il link
web-org-reader = Paese e lingua
web-org-reader-intro = Ciò che viene detto alle persone della sua organizzazione: dove segnalare una truffa e quali numeri chiamare (nessuno, se il paese non è impostato), e la lingua in cui leggono (se non è impostata: quella scelta da ciascuno, altrimenti quella del browser, altrimenti quella del contatto).
web-org-country = Paese
web-org-not-set = Non impostato
web-org-language = Lingua
web-org-language-each = La lingua scelta da ciascuno o quella del browser
web-org-reader-save = Salva paese e lingua
web-org-email = Email per l’assistenza informatica
web-org-email-label = Indirizzo che riceve le nuove segnalazioni e gli avvisi delle campagne (vuoto: nessuno)
web-org-email-save = Salva l’indirizzo
web-org-webhooks = Webhook
web-none = Nessuno.
web-none-yet = Ancora nessuno.
web-org-col-format = Formato
web-org-col-where = Indirizzo
web-org-col-added = Aggiunto il
web-org-webhook-remove = Rimuovi il webhook { $id }
web-org-webhook-url = URL del webhook
web-org-webhook-body = Formato dei messaggi
web-org-webhook-add = Aggiungi il webhook
web-org-deliveries = Ultime notifiche
web-org-col-how = Come
web-org-col-to = Destinatario
web-org-col-outcome = Esito
web-org-attempts = { $count ->
    [one] dopo 1 tentativo
   *[other] dopo { $count } tentativi
}
web-org-failed = Non riuscita
web-org-retry = Riprova
web-org-retry-named = Riprova (notifica { $id })
web-org-waiting = In attesa
web-org-next-try = prossimo tentativo il { $when }
web-org-delivered = Consegnata

## L’elenco condiviso delle truffe (assistenza informatica) e cosa gli fa l’esito di una verifica.

web-list-title = Elenco condiviso delle truffe
web-list-intro = Numeri, domini e link confermati in truffe. I controlli di ogni organizzazione avvisano quando ne compare uno. Se un membro indica “Era una truffa”, resta una proposta finché l’assistenza informatica non la conferma; un valore presente in una rubrica attendibile non fa mai scattare l’avviso.
web-list-conflicts = Conflitti con una rubrica
web-list-kind = Tipo
web-list-contains = Contiene
web-list-count = { $count ->
    [one] 1 nell’elenco
   *[other] { $count } nell’elenco
}
web-list-col-value = Valore
web-list-col-confirmed = Confermato
web-list-col-suggested = Proposte
web-list-col-hits = Contatti con avviso
web-list-col-sources = Provenienza
web-list-col-change = Modifica
web-list-conflict = conflitto
web-list-times = { $count ->
    [one] una volta
   *[other] { $count } volte
}
web-list-suggested = proposta
web-list-confirm = Conferma
web-list-confirm-named = Conferma { $value }
code-phone = Numero di telefono
code-domain = Dominio
code-url = Link
code-import = Importazione
code-incident = Segnalazione
code-verification = Verifica
web-outcome-genuine = Registrato: richiamando ha avuto la conferma che era autentico. Nell’elenco condiviso delle truffe non viene aggiunto nulla.
web-outcome-held = Registrato come truffa. Il numero o l’indirizzo è in una rubrica attendibile, quindi i controlli non lo indicano come truffa: la sua assistenza informatica è stata informata del conflitto e controllerà la voce della rubrica.
web-outcome-listed = Registrato come truffa: il numero e il mittente sono ora nell’elenco condiviso delle truffe e verranno indicati come truffa in ogni controllo successivo.
web-outcome-suggested = Registrato come truffa e passato alla sua assistenza informatica, che deciderà se inserire il numero nell’elenco condiviso delle truffe. Spieghi all’assistenza che cosa è successo.

## The command line's verify answer.
cli-verify-number = numero
cli-verify-domain = dominio
cli-verify-matches = corrisponde alla rubrica
cli-verify-no-match = NON corrisponde
cli-verify-unknown = non noto
cli-verify-no-org = (Senza --org è stata usata solo la conoscenza integrata. Aggiunga la rubrica della sua organizzazione per far comparire la sua assistenza informatica.)
cli-verify-recorded = Registrata come verifica { $id }. Dopo aver richiamato, annoti com’è andata:
