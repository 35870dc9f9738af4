# Les mots de knownline pour la personne, en français (vouvoiement). Chaque message de en.ftl
# doit exister ici ; s’il en manque un, le paquet est refusé. Le moteur remplit les variables ;
# leur sens est décrit dans knowledge/playbooks.toml.

## Les mots dont les étapes sont faites

it-support-default = votre propre service informatique
it-support-line-default = votre propre service informatique, à un numéro que vous connaissez déjà
# « Acme IT au +1 617-555-0100 »
call-line = { $name } au { $number }

## Verdicts et titres

verdict-scam = Arnaque
verdict-suspicious = Suspect
verdict-no_signs = Aucun signe d’arnaque
heading-steps = Que faire maintenant
heading-reasons = Pourquoi
heading-more-reasons = Autres raisons

## Types d’arnaque

family-tech_support = Faux support technique
family-bank = Faux conseiller bancaire
family-police = Faux policier ou faux agent officiel
family-government = Faux impôts ou fausse administration
family-family = Fausse urgence familiale
family-investment = Arnaque à l’investissement ou aux cryptomonnaies
family-utility = Fausse coupure d’électricité, de gaz ou d’eau
family-parcel = Faux frais de colis ou de douane
family-prize = Faux gain, faux emploi ou frais d’avance
family-codes = Quelqu’un veut vos codes
family-account = Fausse alerte sur votre compte

## Raisons : une par tactique, suivie de ce qu’a dit le contact

tactic-authority_impersonation = Se fait passer pour quelqu’un de confiance
tactic-callback_lure = Vous pousse à appeler le numéro qu’il fournit
tactic-credential_request = Demande un code, un mot de passe ou vos données de carte
tactic-lookalike_domain = Son lien imite celui de la vraie entreprise
tactic-phone_on_warning = Une alerte de sécurité avec un numéro de téléphone
tactic-refund_overpayment = Un remboursement ou un « trop-perçu » à rendre
tactic-remote_access = Veut accéder à votre ordinateur ou à votre téléphone
tactic-scareware = Vous fait peur avec une fausse alerte virus
tactic-secrecy = Vous demande de garder le secret ou de rester en ligne
tactic-sender_spoofing = L’expéditeur n’est pas celui qu’il prétend être
tactic-too_good_offer = Une offre trop belle pour être vraie
tactic-unsolicited_support = Une « assistance » que vous n’avez jamais demandée
tactic-unusual_payment = Exige un moyen de paiement que les vraies organisations n’utilisent pas
tactic-urgency_threat = Vous menace pour vous faire agir vite
tactic-text_model = Rédigé comme des arnaques déjà connues
tactic-known_scam = Déjà signalé dans des arnaques
tactic-directory_mismatch = Ne correspond pas à l’annuaire de votre organisation

## Étapes

step-any-known_sender = Avant de faire ce qu’on vous demande, raccrochez et appelez vous-même { $sender_known_line }. Votre annuaire indique que ce numéro est celui de { $sender_known }, mais le numéro affiché et le nom de l’expéditeur peuvent être falsifiés.
step-any-bare_number = Si l’appel venait du { $bare_number }, ou si l’on vous demande d’appeler ce numéro, raccrochez. Appelez ensuite vous-même l’organisme cité, à un numéro que vous connaissez déjà : celui de votre carte, d’une facture ou d’un contrat. Rien ne relie ce numéro à qui que ce soit de connu, et le numéro affiché peut être falsifié.

step-call-hang_up_directory = Raccrochez. Si vous devez joindre { $dir_claimed }, appelez vous-même { $dir_claimed_line } : le numéro de votre annuaire, jamais celui donné par l’appelant.
step-call-hang_up_it = Raccrochez. Appelez { $it_support_line }.
step-call-hang_up_bank_159 = Raccrochez. Appelez le { $bank_line }, qui vous met en relation avec votre banque — si possible depuis un autre téléphone, car certains escrocs gardent la ligne ouverte.
step-call-hang_up_bank = Raccrochez. Appelez votre banque au numéro inscrit au dos de votre carte — si possible depuis un autre téléphone, car certains escrocs gardent la ligne ouverte.
step-call-hang_up_police = Raccrochez. La vraie police ne demande jamais d’argent, de carte bancaire ni d’objets de valeur, et n’envoie jamais personne les récupérer.
step-call-hang_up_government = Raccrochez. Si vous pensez devoir quelque chose, contactez vous-même l’administration, au numéro inscrit sur l’un de ses courriers ou sur son site officiel.
step-call-hang_up_family = Raccrochez, puis rappelez votre proche à son numéro habituel, celui que vous avez toujours eu — jamais un nouveau numéro.
step-call-hang_up_utility = Raccrochez. Vérifiez vous-même votre compte auprès du fournisseur, au numéro imprimé sur votre facture.
step-call-hang_up_codes = Raccrochez. Ne donnez aucun code, ni à voix haute ni en le tapant : aucune vraie banque ni entreprise n’en demande par téléphone.
step-call-hang_up_investment = Raccrochez et n’envoyez plus d’argent. Les vraies sociétés d’investissement ne démarchent pas par téléphone, et personne ne peut vous faire récupérer l’argent perdu moyennant des frais.
step-call-hang_up_prize = Raccrochez. Pour recevoir un vrai gain, on n’a jamais rien à payer.
step-call-hang_up = Raccrochez. En cas de doute, rappelez l’organisme à un numéro que vous connaissez déjà : celui de votre carte, d’une facture ou de son site officiel.
step-call-police_call_back = Si quelque chose vous inquiète, appelez vous-même la police au { $police }, ou le { $emergency } en cas d’urgence.
step-call-police_call_back_local = Si quelque chose vous inquiète, appelez la police près de chez vous, à un numéro que vous avez trouvé vous-même — jamais celui que l’appelant vous donne.
step-call-not_tech_support = Seul votre propre service informatique a une raison de vous appeler au sujet de votre ordinateur. Cet appel ne venait pas de lui, quoi qu’on vous ait dit.
step-call-bank_never = Votre banque ne vous demandera jamais de virer de l’argent sur un « compte sécurisé », de remettre votre carte à un coursier ni de communiquer un code.
step-call-family_check = Si votre proche ne répond pas, posez à l’appelant une question à laquelle seule la vraie personne saurait répondre, ou appelez un autre membre de la famille. N’envoyez aucun argent tant que vous avez un doute.
step-call-claimed_policy = C’est { $claimed } qui le dit : { $claimed_never }
step-call-dont_call_back_given = Ne rappelez pas le numéro qu’on vous a donné ({ $numbers }) : vous tomberiez sur les mêmes personnes.
step-call-verify_claimed = Pour en avoir le cœur net, contactez vous-même { $claimed } : { $how_to_reach }
step-call-no_signs = Nous n’avons trouvé aucun signe d’arnaque dans ces notes. Malgré tout, si l’appelant vous a demandé de payer, d’installer quelque chose, de vous connecter ou de lui donner un code, raccrochez et rappelez à un numéro que vous connaissez déjà.

step-email-dont_act = Ne cliquez sur aucun lien, n’ouvrez aucune pièce jointe et ne répondez pas.
step-email-dont_call = N’appelez pas le numéro indiqué dans l’e-mail ({ $numbers }) : dans ce type d’arnaque, les escrocs y mettent leur propre numéro.
step-sms-dont_act = N’appuyez pas sur le lien et ne répondez pas.
step-sms-dont_call = N’appelez pas le numéro indiqué dans le SMS ({ $numbers }).

step-msg-check_directory = Si vous devez joindre { $dir_claimed }, appelez { $dir_claimed_line } : le numéro de votre annuaire, pas celui du message.
step-msg-check_it = En cas de doute sur une commande, un renouvellement ou votre ordinateur, appelez { $it_support_line }.
step-msg-check_bank = Si votre compte vous inquiète, ouvrez vous-même l’appli de votre banque ou appelez le numéro inscrit au dos de votre carte.
step-msg-check_government = Pour un impôt, une amende ou une aide, vérifiez sur le site officiel — en tapant vous-même son adresse — ou sur un courrier que vous avez reçu.
step-msg-check_police = La police n’exige pas de paiement par message. En cas de doute, appelez la police près de chez vous, à un numéro que vous avez trouvé vous-même.
step-msg-check_parcel = Vérifiez la livraison dans l’appli ou sur le site du transporteur, en tapant vous-même son adresse : les transporteurs ne réclament pas de frais par message.
step-msg-check_family = Avant toute chose, appelez votre proche à son numéro habituel, celui que vous avez toujours eu — jamais un nouveau numéro.
step-msg-check_utility = Vérifiez votre compte auprès du fournisseur, au numéro imprimé sur votre facture.
step-msg-check_account = Si ce compte vous inquiète, connectez-vous comme d’habitude — dans l’appli, ou sur le site en tapant vous-même son adresse — jamais par ce message.
step-msg-verify_claimed = Si vous pensez que c’est peut-être vrai, vérifiez vous-même auprès de { $claimed } : { $how_to_reach }
step-msg-check_sender = Si le message vous demande d’agir, vérifiez auprès de l’expéditeur, à un numéro que vous connaissez déjà — jamais celui du message.
step-msg-claimed_policy = C’est { $claimed } qui le dit : { $claimed_never }

step-popup-dont_call = N’appelez pas le numéro affiché sur la page{ $numbers_suffix } et ne cliquez sur rien.
step-popup-close = Fermez le navigateur : appuyez sur Alt+F4 (sur Mac, Cmd+Q). Si la page vous bloque, appuyez sur Ctrl+Shift+Esc, sélectionnez le navigateur dans le Gestionnaire des tâches et cliquez sur « Fin de tâche » (sur Mac : Cmd+Option+Esc, puis « Forcer à quitter »). Sur un téléphone, fermez l’onglet ou forcez l’arrêt de l’appli du navigateur.
step-popup-claimed_never = C’est { $claimed_tech } qui le dit : { $claimed_never }
step-popup-real_warnings = Les vraies alertes de sécurité ne demandent jamais d’appeler un numéro de téléphone.
step-popup-dont_paste = Ne collez jamais ce qu’une page ou un message vous fournit dans la fenêtre Exécuter, dans PowerShell ou dans un terminal. Si c’est déjà fait, déconnectez l’ordinateur d’internet et appelez { $it_support_line }.
step-popup-dont_restore = Quand vous rouvrirez le navigateur, ne restaurez pas les onglets précédents.
step-popup-scan = Ensuite, lancez une analyse complète avec votre propre antivirus.
step-popup-no_signs = Aucun signe de fausse alerte n’a été trouvé sur cette page. Une vraie alerte ne vous demande jamais d’appeler un numéro ni d’installer un logiciel de prise en main à distance.

step-any-codes = Ne donnez jamais un code à usage unique, un mot de passe ou un code confidentiel à quelqu’un qui a pris contact avec vous, ni à voix haute ni en le tapant : les vraies banques et entreprises ne les demandent pas.
step-any-codes_family = Ne transmettez jamais un code que vous avez reçu, et ne validez jamais une connexion que vous n’avez pas lancée vous-même.
step-any-no_fee = Cessez de répondre, et n’envoyez ni argent, ni pièce d’identité, ni coordonnées bancaires. Un vrai gain, un vrai emploi ou un vrai placement ne vous fait jamais payer d’abord et ne vous fait jamais passer sur WhatsApp ou Telegram.
step-any-if_access_given = Si vous leur avez déjà donné accès à votre ordinateur : déconnectez-le d’internet (débranchez le câble, coupez le Wi-Fi), ne vous connectez à rien dessus et appelez { $it_support_line }.
step-any-if_paid_family = Si vous avez déjà envoyé de l’argent : appelez tout de suite votre banque et dites-lui qu’il s’agit d’une arnaque.
step-any-if_paid_investment = Si vous avez déjà payé : prévenez tout de suite votre banque, et méfiez-vous de quiconque propose de récupérer votre argent — c’est la même arnaque qui recommence.
step-any-if_paid = Si vous avez déjà payé ou donné vos données de carte ou de compte bancaire : appelez tout de suite votre banque au numéro inscrit sur votre carte et dites-lui qu’il s’agit d’une arnaque.
step-any-if_code_given = Si vous avez déjà donné un mot de passe ou un code : changez ce mot de passe depuis votre propre appareil, en commençant par celui de votre messagerie, et prévenez { $it_support }.

step-sms-report_spam_number = Transférez le SMS au { $spam_text } (gratuit) pour le signaler, puis supprimez-le.
step-sms-report = Signalez-le comme indésirable dans votre application de messagerie, puis supprimez-le.
step-email-report = Signalez-le à { $it_support }, puis supprimez-le.
step-any-tell_it = Expliquez à { $it_support } ce qui s’est passé, surtout si vous avez appelé un numéro, tapé un mot de passe ou laissé quelqu’un accéder à votre ordinateur.
step-any-report_fraud = Signalez l’arnaque auprès de { $fraud_report }.
step-msg-no_signs = Aucun signe d’arnaque n’a été trouvé. Si le message vous demande de payer, de vous connecter ou d’appeler un numéro, vérifiez auprès de l’expéditeur, à un numéro que vous connaissez déjà.

## Le rapport

summary-scam = C’est très probablement une arnaque.
summary-suspicious = Il y a des signes d’arnaque : considérez que c’en est une tant que vous n’avez pas vérifié.
summary-no_signs = Aucun signe d’arnaque n’a été trouvé.
score = score
partly-checked = Vérifié en partie seulement :
channel-call = un appel téléphonique
channel-email = un e-mail
channel-sms = un SMS
channel-popup = une page web ou une fenêtre pop-up
channel-guessed = traité comme { $channel } (supposé ; précisez --channel pour changer)
# A quote from the contact.
quoted = « { $text } »

## The web page's own words
ui-partly-rest = Restez aussi prudent pour ce qui n’a pas pu être vérifié.
ui-call = Appeler le { $number }
ui-read-as = Lu comme { $channel }. Ce n’est pas ça ? Le lire comme :
ui-what-you-pasted = Ce que vous avez collé
ui-your-name = Votre nom (facultatif)
ui-your-email = Votre e-mail, pour la réponse du service informatique (facultatif)
ui-note = Quelque chose que le service informatique devrait savoir ? (facultatif)
ui-report = Signaler au service informatique
# The language's own name, as its speakers look for it in a list.
language-name = Français

## The Check page
ui-check-title = Vérifier un appel, un e-mail, un SMS ou une fenêtre surgissante
ui-check-for-org = Pour les personnes de { $org }. Rien n’est envoyé au service informatique, sauf si vous choisissez de le signaler.
ui-warning-from-it = Alerte du service informatique ({ $when }) :
ui-what-was-it = De quoi s’agit-il ?
ui-channel-any = Laisser knownline deviner
ui-channel-call = Un appel (notes ou transcription)
ui-channel-email = Un e-mail (le message entier)
ui-channel-sms = Un SMS
ui-channel-popup = Une fenêtre surgissante ou une page web
ui-paste = Collez-le ici, écrivez ce que l’appelant a dit, ou tapez le numéro ou le lien
ui-from = Le numéro ou l’adresse d’où il vient (facultatif)
ui-check = Vérifier
ui-or-upload = Ou déposez un e-mail
ui-eml = Le message enregistré en .eml
ui-check-email = Vérifier l’e-mail

## Les pages du site (navigation, connexion, compte, vérification d’un appelant, incidents,
## annuaire). Les pages du service informatique (campagnes, liste des arnaques, organisations,
## utilisateurs, journal d’audit) les reprennent quand elles ont les mêmes.

web-nav-main = Principale
web-nav-check = Vérifier
web-nav-verify = Vérifier un appelant
web-nav-incidents = Incidents
web-nav-directory = Annuaire
web-nav-campaigns = Campagnes
web-nav-scam-list = Liste des arnaques
web-nav-orgs = Organisations
web-nav-tokens = Jetons d’API
web-nav-users = Utilisateurs
web-nav-audit = Journal d’audit
web-nav-account = Votre compte
web-sign-out = Déconnecter { $email }
web-skip = Aller au contenu
web-menu = Menu
web-rule = Raccrochez. Rappelez à un numéro que vous connaissez déjà.
web-sign-in = Se connecter
web-email = E-mail
web-password = Mot de passe
web-new-password = Mot de passe (12 caractères minimum)
web-login-email-too-long = Cette adresse e-mail est trop longue.
web-login-blocked = Trop de tentatives échouées. Attendez 15 minutes, puis réessayez.
web-login-slowed = Trop de tentatives sur ce compte en ce moment. Attendez une minute, puis réessayez.
web-try-later = Réessayez plus tard.
web-login-no-match = L’adresse e-mail et le mot de passe ne correspondent pas.
web-setup-title = Créer le premier compte administrateur
web-setup-intro = Ce lien ne fonctionne qu’une seule fois. L’administrateur ajoute les organisations, leurs annuaires et les personnes qui utilisent knownline.
web-setup-create = Créer le compte administrateur
web-not-email = Ce n’est pas un e-mail
web-not-email-binary = Ce fichier contient des données binaires. Enregistrez le message au format .eml (le message brut) et déposez ce fichier.
web-result = Résultat
web-report = Signalement
web-reported = Signalé. Merci.
web-reported-next = Le service informatique de { $org } va s’en occuper. Vous avez bien fait de vérifier avant d’agir.
web-reference = Référence :
web-check-another = Vérifier autre chose
web-which-org = Quelle organisation ?
web-which-org-why = Votre compte agit pour plusieurs organisations (ou pour aucune) : faites le signalement par l’API en précisant « org », ou adressez-vous à votre administrateur.
web-too-many-reports = Trop de signalements
web-too-many-reports-why = Cette adresse a envoyé beaucoup de signalements au cours de la dernière heure. Appelez votre service informatique au numéro que vous connaissez, ou réessayez plus tard.
web-verify-intro = Quelle que soit la personne qui vous appelle ou vous écrit, notez son nom et son numéro, raccrochez, puis rappelez-la à un numéro dont vous savez déjà qu’il est bien le sien.
web-verify-claims = Qui la personne prétendait-elle être ?
web-verify-claims-example = support Microsoft, notre service informatique, service des fraudes de ma banque
web-verify-number = Le numéro d’où elle a appelé, ou celui qu’elle a donné (facultatif)
web-verify-from = L’adresse d’où elle a écrit (facultatif)
web-verify = Vérifier
web-verify-call-back = Rappelez
web-verify-after = Une fois que vous avez rappelé
web-verify-genuine = C’était authentique
web-verify-scam = C’était une arnaque
web-thank-you = Merci
web-verify-another = Vérifier un autre appelant
web-filter = Filtrer
web-filter-status = Statut
web-filter-channel = Canal
web-filter-verdict = Verdict
web-any = Tous
web-incident-count = { $count ->
    [one] { $count } incident
   *[other] { $count } incidents
}
web-col-reported = Signalé le
web-col-org = Organisation
web-pages = Pages
web-newer = Plus récents
web-older = Plus anciens
web-page-of = page { $page } sur { $pages }
web-incident = Incident
web-reported-on = signalé le { $when }
web-reported-by = Signalé par { $name }
web-reporter-anonymous = une personne qui n’a pas donné son nom (lien de vérification)
web-reporter-link = { $name } (lien de vérification)
web-the-contact = Le contact
web-reporter-wrote = Ce qu’a écrit l’auteur du signalement
web-replies = Réponses du service informatique
web-notes = Notes (service informatique uniquement)
web-triage = Tri
web-triage-list = Le confirmer comme arnaque ajoute ces éléments à la liste des arnaques partagée (sauf ceux qui figurent dans un annuaire de confiance) :
web-status-new = Nouveau (pas encore trié)
web-private-note = Note privée (service informatique uniquement ; l’auteur du signalement ne la voit jamais)
web-reply-to-person = Répondre à la personne qui l’a signalé (elle lira la réponse ici et par e-mail)
web-reply-to-visitor = Répondre au visiteur qui l’a signalé (par e-mail, à l’adresse qu’il a saisie et que personne n’a vérifiée)
web-reply-example = C’était bien une arnaque — vous avez eu tout à fait raison de la signaler.
web-save = Enregistrer
code-scam = Arnaque
code-suspicious = Suspect
code-no_signs = Aucun signe d’arnaque
code-new = Nouveau
code-confirmed_scam = Arnaque confirmée
code-benign = Pas une arnaque
code-closed = Clos
code-suggested = Proposé
code-active = Sur la liste
code-removed = Retiré
code-call = Appel téléphonique
code-email = E-mail
code-sms = SMS
code-popup = Fenêtre surgissante ou page web
code-member = Membre
code-it_support = Service informatique
code-admin = Administrateur
code-webhook = Webhook
web-directories = Annuaires
web-no-orgs = Aucune organisation pour l’instant : ajoutez-en une avec
web-directory-of = Annuaire de { $org }
web-directory-intro = Les numéros et les adresses que vous connaissez déjà : c’est là qu’il faut rappeler, jamais au numéro que vous donne un appelant.
web-col-name = Nom
web-col-role = Rôle
web-col-phones = Téléphones
web-col-domains = Domaines
web-col-verified = Vérifié le
web-remove = Supprimer
web-remove-named = Supprimer { $name }
web-directory-more = { $count ->
    [one] Affichage de 1 000 entrées sur { $count } ; exportez le reste avec
   *[other] Affichage de 1 000 entrées sur { $count } ; exportez le reste avec
}
web-entry-add = Ajouter ou remplacer une entrée
web-entry-phones = Numéros de téléphone (séparés par ;)
web-entry-domains = Domaines de messagerie (séparés par ;)
web-entry-aliases = Autres noms (séparés par ;)
web-entry-note = Note
web-entry-verified = Vérifié le (AAAA-MM-JJ)
web-entry-replace = Remplacer l’entrée du même nom
web-entry-save = Enregistrer l’entrée
web-tokens-intro = Un jeton permet à un script ou à un autre outil d’utiliser l’API en votre nom. Gardez-le secret, et révoquez-le dès que vous n’en avez plus besoin.
web-token-new = Votre nouveau jeton (affiché une seule fois, copiez-le maintenant) :
web-col-created = Créé le
web-col-state = État
web-token-revoked = révoqué le { $when }
web-revoke = Révoquer
web-revoke-named = Révoquer { $name }
web-token-add = Nouveau jeton
web-token-for = À quoi il sert
web-token-create = Créer le jeton
code-bank = Banque
code-card_issuer = Émetteur de carte
code-vendor = Fournisseur
code-government = Administration
code-utility = Énergie ou eau
code-colleague = Collègue
code-other = Autre
web-signed-in-as = Session ouverte : { $email } ({ $role }).
web-language = Langue
web-language-choose = La langue de ces pages et des réponses que vous recevez
web-language-default = Automatique
web-language-auto-help = Automatique : la langue de votre organisation, sinon celle de votre navigateur.
web-language-saved = Enregistré : knownline vous écrit désormais dans cette langue.
web-password-change = Changer de mot de passe
web-password-current = Mot de passe actuel
web-password-changed = Votre mot de passe a été changé ; vos autres sessions ont été fermées.
web-invite-title = Choisissez votre mot de passe
web-invite-welcome = Bienvenue sur knownline
web-invite-intro = Vous rejoignez knownline avec l’adresse { $email }. Choisissez un mot de passe secret : personne d’autre, pas même le service informatique, n’en aura jamais besoin.
web-password-again = Retapez le même mot de passe
web-invite-create = Créer mon compte
web-passwords-differ = Les deux mots de passe ne sont pas identiques.
web-status-is = Statut : { $status }

## Vérifier un appelant : la réponse à « il dit être X et appelle de ce numéro ».
## { $callback } est une des phrases verify-callback-* (qui rappeler et comment), à l’impératif,
## sans majuscule ; elle vient à la fin des phrases de résumé et d’étape.

verify-how-unknown = un numéro que vous trouvez vous-même sur une facture, une carte, un contrat ou sur son site officiel (adresse tapée à la main), jamais celui que vous donne l’appelant ou le message
verify-how-website = tapez vous-même l’adresse du site officiel de { $org } dans votre navigateur, puis passez par sa page de contact
verify-your-own-it = votre propre service informatique
verify-your-it = votre service informatique
verify-role-it_support = votre service informatique
verify-role-bank = votre banque
verify-role-card_issuer = l’émetteur de votre carte
verify-role-government = l’administration
verify-role-utility = votre fournisseur d’énergie ou d’eau
verify-role-vendor = votre fournisseur
verify-role-colleague = votre collègue
verify-role-other = l’organisme cité
verify-callback-phone = appelez vous-même { $name } au { $number }
verify-callback-on = appelez { $name } à { $how }
verify-callback-reach = contactez { $name } par vos propres moyens : { $how }
verify-callback-known = appelez vous-même { $name } à un numéro que vous connaissez déjà
verify-flag-known = { $value } a déjà servi dans des arnaques confirmées { $count ->
    [1] une fois
   *[other] { $count } fois
} (la dernière le { $date }).
verify-flag-not-it = Seul votre propre service informatique ({ $it }) a une raison de vous contacter au sujet de votre ordinateur. Ce n’est pas le cas de { $party }.
# The same when the directory names no IT support (the sentence names it already).
verify-flag-not-it-unnamed = Seul votre propre service informatique a une raison de vous contacter au sujet de votre ordinateur. Ce n’est pas le cas de { $party }.
verify-flag-not-it-number = Votre interlocuteur se présente comme { $it }, mais le numéro { $number } n’est pas celui de { $it }.
verify-flag-someone-elses = D’après votre annuaire, le numéro { $number } est celui de { $owner }, pas celui de { $party } : un numéro affiché peut être copié.
verify-flag-not-theirs = Le numéro { $number } n’est pas celui de { $party }.
verify-flag-domain = Le domaine { $domain } n’appartient pas à { $party }.
verify-summary-known = Arnaque connue : { $flag }
verify-summary-mismatch = { $flag } Raccrochez, puis { $callback }.
verify-summary-number-matches = Le numéro correspond à { $party } dans votre annuaire, mais le numéro affiché et le nom de l’expéditeur peuvent être falsifiés. Pour en avoir le cœur net, raccrochez et { $callback }.
verify-summary-domain-matches = Le domaine correspond à { $party } dans votre annuaire, mais le numéro affiché et le nom de l’expéditeur peuvent être falsifiés. Pour en avoir le cœur net, raccrochez et { $callback }.
verify-summary-unknown = knownline ne peut pas savoir s’il s’agit vraiment de { $party }. Raccrochez, puis { $callback }.
verify-step-even-if-matches = Même si tout correspond, le numéro affiché et le nom de l’expéditeur peuvent être falsifiés : raccrochez (ou ne répondez pas), puis { $callback }.
verify-step-hang-up = Raccrochez, ou ne répondez pas. Vous ne devez aucune explication à un appelant.
verify-step-call-back = { $callback }.
verify-step-not-that-number = Ne rappelez pas le { $number } : vous tomberiez sur ceux qui vous l’ont donné.
# { $statement } : les propres mots de l’organisation, cités tels qu’elle les a écrits (en anglais).
verify-step-policy = C’est { $org } qui le dit : { $statement }
verify-step-no-remote = Ne laissez personne se connecter à votre ordinateur, sauf quelqu’un que vous avez appelé vous-même, et ne dictez jamais de code, de mot de passe ni de numéro de carte.
# { $where } : là où l’organisation demande de signaler les arnaques, dans ses propres mots (en anglais).
verify-step-report = Signalez l’arnaque : { $where }.
verify-step-tell-it = Expliquez à { $it } ce qui s’est passé, pour que d’autres puissent être prévenus.
web-verify-call-on = { $name } au { $number }

## Les pages du service informatique : personnes et rôles, journal d’audit, campagnes.

code-analyst = Analyste
web-users-title = Utilisateurs et rôles
web-invitation-for = Invitation pour { $email }
web-invitation-send = Envoyez vous-même ce lien à la personne (il ne fonctionne qu’une fois, jusqu’au { $until }). Elle choisira elle-même son mot de passe. Le lien n’est affiché qu’une seule fois, maintenant.
web-all-orgs = toutes
web-invited-pending = Invitations en attente
web-until = jusqu’au { $when }
web-invite = Inviter une personne
web-role-help-member = vérifie des contacts et des appelants, et les signale ; ne voit que ses propres signalements, leur statut et les réponses du service informatique
web-role-help-analyst = service informatique des organisations choisies : trie leurs signalements, lit et rédige des notes privées, modifie leurs annuaires et leurs réglages, et confirme des entrées de la liste des arnaques partagée
web-role-help-admin = tout, pour toutes les organisations : personnes et rôles, organisations, importations et l’ensemble de la liste des arnaques partagée
web-org-none = aucune (administrateurs uniquement)
web-invite-make = Créer un lien d’invitation
web-audit-intro = Qui a modifié quoi, du plus récent au plus ancien (les 200 dernières modifications).
web-col-when = Quand
web-col-who = Qui
web-col-what = Quoi
web-col-on = Cible
web-col-detail = Détail
web-campaigns-intro = Des signalements qui ont en commun un numéro de téléphone, un domaine ou un texte presque identique, dans toutes les organisations dont vous vous occupez.
web-campaigns-none = Aucune campagne : aucun signalement n’a encore de point commun avec un autre.
web-campaign-reports = { $count ->
    [one] 1 signalement
   *[other] { $count } signalements
}
web-campaign-orgs = { $count ->
    [one] 1 organisation
   *[other] { $count } organisations
}
web-campaign-numbers = Numéros :
web-campaign-domains = Domaines :
web-campaign-same-words = Texte presque identique.
web-campaign-from-to = Du { $from } au { $to }.
web-campaign-orgs-named = Organisations :
web-campaign-other-orgs = { $count ->
    [one] et 1 autre
   *[other] et { $count } autres
}
web-campaign-warning = Alerte pour toutes les organisations concernées
web-campaign-warn = Alerter toutes les organisations
web-warned = Alerte envoyée
web-warned-orgs = { $count ->
    [one] 1 organisation a été alertée. Ses membres verront l’alerte la prochaine fois qu’ils vérifieront un contact.
   *[other] { $count } organisations ont été alertées. Leurs membres verront l’alerte la prochaine fois qu’ils vérifieront un contact.
}
web-back-to-campaigns = Retour aux campagnes

## Les réglages d’une organisation (service informatique).

web-orgs-none = Vous ne vous occupez d’aucune organisation.
web-orgs-add = Ajouter une organisation
web-orgs-add-button = Ajouter l’organisation
web-org-link-new = Le nouveau lien de vérification (affiché une seule fois ; transmettez-le aux personnes de { $org }) :
web-org-secret-new = Le secret de signature du webhook (affiché une seule fois ; le destinataire s’en sert pour vérifier X-Knownline-Signature) :
web-org-link = Lien de vérification
web-org-link-intro = Toute personne qui a ce lien peut comparer un contact à l’annuaire de { $org } et vous le signaler, sans avoir de compte.
web-org-link-on = Un lien est actif. En créer un nouveau désactive l’ancien.
web-org-link-off = Aucun lien n’est actif.
web-org-link-make = Créer un nouveau lien
web-org-link-stop = Désactiver le lien
web-org-reader = Pays et langue
web-org-reader-intro = Ce que l’on indique aux personnes de votre organisation : où signaler une arnaque et quels numéros appeler (aucun si aucun pays n’est choisi), et la langue dans laquelle elles lisent (à défaut : le choix de chacun, sinon la langue de son navigateur, sinon celle du contact).
web-org-country = Pays
web-org-not-set = Non défini
web-org-language = Langue
web-org-language-each = Choix de chacun ou langue du navigateur
web-org-reader-save = Enregistrer le pays et la langue
web-org-email = Adresse e-mail du service informatique
web-org-email-label = Adresse prévenue des nouveaux signalements et des alertes de campagne (vide : aucune)
web-org-email-save = Enregistrer l’adresse
web-org-webhooks = Webhooks
web-none = Aucun.
web-none-yet = Rien pour l’instant.
web-org-col-format = Format
web-org-col-where = Adresse
web-org-col-added = Ajouté le
web-org-webhook-remove = Supprimer le webhook { $id }
web-org-webhook-url = URL du webhook
web-org-webhook-body = Format du message
web-org-webhook-add = Ajouter le webhook
web-org-deliveries = Dernières notifications
web-org-col-how = Canal
web-org-col-to = Destinataire
web-org-col-outcome = Résultat
web-org-attempts = { $count ->
    [one] après 1 tentative
   *[other] après { $count } tentatives
}
web-org-failed = Échec
web-org-retry = Réessayer
web-org-retry-named = Réessayer (notification { $id })
web-org-waiting = En attente
web-org-next-try = prochaine tentative le { $when }
web-org-delivered = Envoyée

## La liste des arnaques partagée (service informatique) et ce que le résultat d’une
## vérification y change.

web-list-title = Liste des arnaques partagée
web-list-intro = Numéros, domaines et liens confirmés dans des arnaques. Dans toutes les organisations, les vérifications mettent en garde contre ceux qui figurent sur la liste. Quand un membre répond « C’était une arnaque », ce n’est qu’une proposition tant que le service informatique ne l’a pas confirmée ; un élément présent dans un annuaire de confiance ne déclenche jamais d’alerte.
web-list-conflicts = Conflits avec un annuaire
web-list-kind = Type
web-list-contains = Contient
web-list-count = { $count ->
    [one] 1 élément sur la liste
   *[other] { $count } éléments sur la liste
}
web-list-col-value = Valeur
web-list-col-confirmed = Confirmé
web-list-col-suggested = Proposé
web-list-col-hits = Contacts repérés
web-list-col-sources = Provenance
web-list-col-change = Modifier
web-list-conflict = conflit
web-list-times = { $count ->
    [one] une fois
   *[other] { $count } fois
}
web-list-suggested = proposé
web-list-confirm = Confirmer
web-list-confirm-named = Confirmer { $value }
code-phone = Numéro de téléphone
code-domain = Domaine
code-url = Lien
code-import = Importation
code-incident = Signalement
code-verification = Vérification
web-outcome-genuine = Enregistré : votre rappel a confirmé que c’était authentique. Rien n’est ajouté à la liste des arnaques partagée.
web-outcome-held = Enregistré comme arnaque. Ce numéro ou cette adresse figure dans un annuaire de confiance, donc aucune alerte n’est déclenchée : votre service informatique a été informé du conflit et va vérifier l’entrée de l’annuaire.
web-outcome-listed = Enregistré comme arnaque : son numéro et son expéditeur figurent désormais sur la liste des arnaques partagée et déclencheront une alerte à chaque vérification.
web-outcome-suggested = Enregistré comme arnaque et transmis à votre service informatique, qui décidera si son numéro doit figurer sur la liste des arnaques partagée. Expliquez-lui ce qui s’est passé.

## The command line's verify answer.
cli-verify-number = numéro
cli-verify-domain = domaine
cli-verify-matches = correspond à l’annuaire
cli-verify-no-match = NE correspond PAS
cli-verify-unknown = inconnu
cli-verify-no-org = (Sans --org, seules les connaissances intégrées ont servi. Ajoutez l’annuaire de votre organisation pour que votre propre service informatique soit nommé.)
cli-verify-recorded = Enregistré comme vérification { $id }. Une fois que vous avez rappelé, indiquez comment cela s’est passé :
