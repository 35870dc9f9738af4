# Las palabras de knownline para la persona, en español (neutro, de usted). Cada mensaje de
# en.ftl debe existir aquí; si falta uno, el paquete se rechaza. El motor rellena las
# variables; su significado está en knowledge/playbooks.toml.

## Palabras con las que se construyen los pasos

it-support-default = su propio soporte técnico
it-support-line-default = su propio soporte técnico, a un número que ya conozca
# «Acme IT al +1 617-555-0100»
call-line = { $name } al { $number }

## Veredictos y encabezados

verdict-scam = Estafa
verdict-suspicious = Sospechoso
verdict-no_signs = Sin indicios de estafa
heading-steps = Qué hacer ahora
heading-reasons = Por qué
heading-more-reasons = Más motivos

## Tipos de estafa

family-tech_support = Falso soporte técnico
family-bank = Falsa llamada del banco o de la tarjeta
family-police = Falsa policía o autoridad
family-government = Falsa agencia tributaria u organismo público
family-family = Falsa emergencia familiar
family-investment = Estafa de inversión o criptomonedas
family-utility = Falso corte de luz, agua o gas
family-parcel = Falso cobro por un paquete o por aduana
family-prize = Falso premio, empleo o pago por adelantado
family-codes = Alguien quiere sus códigos
family-account = Falso aviso sobre su cuenta

## Motivos: uno por táctica, seguido de lo que dijo el contacto

tactic-authority_impersonation = Se hace pasar por alguien de confianza
tactic-callback_lure = Quiere que llame a un número que le da
tactic-credential_request = Pide un código, una contraseña o datos de la tarjeta
tactic-lookalike_domain = Su enlace solo se parece al de la empresa real
tactic-phone_on_warning = Un aviso de seguridad con un número de teléfono
tactic-refund_overpayment = Un reembolso o un «pago de más» que debe devolver
tactic-remote_access = Quiere entrar en su equipo o en su teléfono
tactic-scareware = Le asusta con una falsa alerta de virus
tactic-secrecy = Le pide que no se lo cuente a nadie o que no cuelgue
tactic-sender_spoofing = El remitente no es quien dice ser
tactic-too_good_offer = Una oferta demasiado buena para ser verdad
tactic-unsolicited_support = Una «ayuda técnica» que usted no pidió
tactic-unusual_payment = Pide un pago de una forma que las entidades reales no usan
tactic-urgency_threat = Le amenaza para que actúe deprisa
tactic-text_model = Está escrito como otras estafas que conocemos
tactic-known_scam = Ya denunciado en otras estafas
tactic-directory_mismatch = No coincide con el directorio de su organización

## Pasos

step-any-known_sender = Según su directorio, este número es de { $sender_known }, pero el número que aparece en pantalla y el nombre del remitente se pueden falsificar. Para asegurarse, cuelgue y llame por su cuenta a { $sender_known_line } antes de hacer nada de lo que le pidan.
step-any-bare_number = No sabemos de quién es el { $bare_number }, y el número que aparece en pantalla se puede falsificar. Si le llamaron desde ese número o le pidieron que llamara a él, cuelgue y llame a la entidad que le nombraron, a un número que ya conozca: el de su tarjeta, una factura o un contrato.

step-call-hang_up_directory = Cuelgue. Si necesita hablar con { $dir_claimed }, llame por su cuenta a { $dir_claimed_line }: el número de su directorio, nunca el que le dio quien llamó.
step-call-hang_up_it = Cuelgue. Llame a { $it_support_line }.
step-call-hang_up_bank_159 = Cuelgue. Llame al { $bank_line } para hablar con su banco. Si puede, hágalo desde otro teléfono: algunos estafadores mantienen la línea abierta.
step-call-hang_up_bank = Cuelgue. Llame a su banco al número que aparece en la parte de atrás de su tarjeta. Si puede, hágalo desde otro teléfono: algunos estafadores mantienen la línea abierta.
step-call-hang_up_police = Cuelgue. La policía de verdad nunca pide dinero, tarjetas ni objetos de valor, y nunca envía a nadie a recogerlos.
step-call-hang_up_government = Cuelgue. Si cree que puede deber algo, póngase en contacto usted con el organismo, al número que figura en una de sus cartas o en su sitio web oficial.
step-call-hang_up_family = Cuelgue y llame a su familiar al número de siempre, no a uno nuevo.
step-call-hang_up_utility = Cuelgue. Consulte su contrato directamente con la compañía, al número que aparece en su factura.
step-call-hang_up_codes = Cuelgue. No diga ni teclee ningún código: ningún banco ni empresa de verdad se lo pide por teléfono.
step-call-hang_up_investment = Cuelgue y no envíe más dinero. Las empresas de inversión reales no llaman sin que usted lo haya pedido, y nadie puede recuperar el dinero perdido a cambio de una comisión.
step-call-hang_up_prize = Cuelgue. Para cobrar un premio de verdad nunca hay que pagar nada.
step-call-hang_up = Cuelgue. Si cree que podría ser cierto, llame usted a la entidad a un número que ya conozca: el de su tarjeta, una factura o su sitio web oficial.
step-call-police_call_back = Si le preocupa, llame usted a la policía al { $police }, o al { $emergency } si es una emergencia.
step-call-police_call_back_local = Si le preocupa, llame usted a la policía de su zona, a un número que busque por su cuenta; nunca al que le dé quien llama.
step-call-not_tech_support = Solo su propio soporte técnico tiene motivos para llamarle por su equipo. Fuera quien fuera, no era su soporte técnico.
step-call-bank_never = Su banco nunca le pedirá que pase dinero a una «cuenta segura», que entregue su tarjeta a un mensajero ni que le diga un código.
step-call-family_check = Si no logra hablar con su familiar, pregunte a quien llama algo que solo la persona real sabría responder, o llame a otro familiar. No envíe dinero mientras tenga dudas.
step-call-claimed_policy = { $claimed }, en sus propias palabras: { $claimed_never }
step-call-dont_call_back_given = No llame al número que le dieron ({ $numbers }): le contestarán las mismas personas.
step-call-verify_claimed = Si quiere asegurarse, póngase en contacto por su cuenta con { $claimed }: { $how_to_reach }
step-call-no_signs = No hemos encontrado indicios de estafa en lo que ha anotado. Aun así, si quien llamó le pidió pagar, instalar algo, iniciar sesión o decir un código, cuelgue y llame usted a un número que ya conozca.

step-email-dont_act = No haga clic en sus enlaces, no abra sus archivos adjuntos y no responda.
step-email-dont_call = No llame al número del correo ({ $numbers }): en este tipo de estafa, el número es de los propios estafadores.
step-sms-dont_act = No toque el enlace y no responda.
step-sms-dont_call = No llame al número del mensaje ({ $numbers }).

step-msg-check_directory = Si necesita hablar con { $dir_claimed }, llame a { $dir_claimed_line }: el número de su directorio, no uno de este mensaje.
step-msg-check_it = Si tiene dudas sobre un pedido, una renovación o su equipo, llame a { $it_support_line }.
step-msg-check_bank = Si le preocupa su cuenta, abra usted la aplicación de su banco o llame al número de la parte de atrás de su tarjeta.
step-msg-check_government = Consulte cualquier impuesto, multa o ayuda en el sitio web oficial, escribiendo usted la dirección, o en una carta que haya recibido.
step-msg-check_police = La policía no exige pagos por mensaje. Si tiene dudas, llame a la policía de su zona, a un número que busque usted.
step-msg-check_parcel = Consulte el envío en la aplicación o el sitio web de la empresa de transporte, escribiendo usted la dirección: las empresas de transporte no piden pagos por mensaje.
step-msg-check_family = Antes de hacer nada, llame a su familiar al número de siempre, no a uno nuevo.
step-msg-check_utility = Consulte su contrato con la compañía, al número que aparece en su factura.
step-msg-check_account = Si le preocupa su cuenta, entre como lo hace siempre: en la aplicación, o en el sitio web escribiendo usted la dirección. Nunca desde este mensaje.
step-msg-verify_claimed = Si cree que podría ser cierto, compruébelo por su cuenta con { $claimed }: { $how_to_reach }
step-msg-check_sender = Si le pide que haga algo, consúltelo con el remitente llamando a un número que ya conozca, nunca a uno del mensaje.
step-msg-claimed_policy = { $claimed }, en sus propias palabras: { $claimed_never }

step-popup-dont_call = No llame al número de la página{ $numbers_suffix } y no haga clic en nada de ella.
step-popup-close = Cierre el navegador: presione Alt+F4 (en un Mac, Cmd+Q). Si la página no le deja, presione Ctrl+Shift+Esc y cierre el navegador con «Finalizar tarea» en el Administrador de tareas (en un Mac, presione Cmd+Option+Esc y elija «Forzar salida»). En el teléfono, cierre la pestaña o fuerce el cierre de la aplicación del navegador.
step-popup-claimed_never = { $claimed_tech }, en sus propias palabras: { $claimed_never }
step-popup-real_warnings = Los avisos de seguridad reales nunca le piden que llame a un número de teléfono.
step-popup-dont_paste = Nunca pegue en el cuadro Ejecutar, en PowerShell ni en la Terminal nada que le dé una página o un mensaje. Si ya lo hizo, desconecte el equipo de internet y llame a { $it_support_line }.
step-popup-dont_restore = Cuando vuelva a abrir el navegador, no restaure las pestañas anteriores.
step-popup-scan = Después, haga un análisis completo con su propio antivirus.
step-popup-no_signs = No hemos encontrado indicios de una página con falsas alertas de virus. Un aviso real nunca le pide que llame a un número ni que instale programas de acceso remoto.

step-any-codes = Nunca diga ni teclee un código de un solo uso, una contraseña o un PIN para alguien que se haya puesto en contacto con usted: los bancos y las empresas reales no los piden.
step-any-codes_family = Nunca reenvíe un código que le hayan enviado, y nunca apruebe un inicio de sesión que no haya hecho usted.
step-any-no_fee = Los premios, empleos e inversiones reales nunca le piden pagar primero ni seguir la conversación por WhatsApp o Telegram. Deje de responder y no envíe dinero, documentos de identidad ni datos bancarios.
step-any-if_access_given = Si ya les dejó entrar en su equipo: desconéctelo de internet (quite el cable, apague el wifi), no inicie sesión en nada desde él y llame a { $it_support_line }.
step-any-if_paid_family = Si ya envió dinero: llame ahora a su banco y dígales que fue una estafa.
step-any-if_paid_investment = Si ya pagó: avise ahora a su banco, y desconfíe de quien le ofrezca recuperar su dinero: es la misma estafa otra vez.
step-any-if_paid = Si ya pagó o dio datos de su tarjeta o de su banco: llame ahora a su banco al número de su tarjeta y dígales que fue una estafa.
step-any-if_code_given = Si ya dio una contraseña o un código: cambie esa contraseña desde su propio dispositivo, empezando por la de su correo, y avise a { $it_support }.

step-sms-report_spam_number = Reenvíe el mensaje al { $spam_text } (es gratis) para denunciarlo y después bórrelo.
step-sms-report = Márquelo como spam en su aplicación de mensajes y después bórrelo.
step-email-report = Avise a { $it_support } y después borre el correo.
step-any-tell_it = Cuéntele a { $it_support } lo que pasó, sobre todo si llamó a un número, escribió una contraseña o dejó entrar a alguien en su equipo.
step-any-report_fraud = Denuncie la estafa: { $fraud_report }.
step-msg-no_signs = No hemos encontrado indicios de estafa. Si el mensaje le pide pagar, iniciar sesión o llamar a un número, consúltelo con el remitente llamando a un número que ya conozca.

## The report

summary-scam = Es muy probable que sea una estafa.
summary-suspicious = Tiene señales de estafa: trátelo como tal hasta que lo haya comprobado.
summary-no_signs = No se encontraron señales de estafa.
score = puntuación
partly-checked = Revisado solo en parte:
channel-call = una llamada
channel-email = un correo electrónico
channel-sms = un SMS
channel-popup = una página web o ventana emergente
channel-guessed = leído como { $channel } (supuesto; use --channel para cambiarlo)
# A quote from the contact.
quoted = «{ $text }»

## The web page's own words
ui-partly-rest = Trate lo que no se ha podido comprobar con la misma prudencia.
ui-call = Llame al { $number }
ui-read-as = Lo hemos leído como { $channel }. ¿No es así? Léalo como:
ui-what-you-pasted = Lo que ha pegado
ui-your-name = Su nombre (opcional)
ui-your-email = Su correo electrónico, para que el soporte técnico le responda (opcional)
ui-note = ¿Algo que el soporte técnico deba saber? (opcional)
ui-report = Avisar al soporte técnico
# The language's own name, as its speakers look for it in a list.
language-name = Español

## The Check page
ui-check-title = Compruebe una llamada, un correo, un SMS o una ventana emergente
ui-check-for-org = Para las personas de { $org }. No se envía nada al soporte técnico a menos que usted decida avisar.
ui-warning-from-it = Aviso del soporte técnico ({ $when }):
ui-what-was-it = ¿Qué era?
ui-channel-any = Que lo decida knownline
ui-channel-call = Una llamada (notas o transcripción)
ui-channel-email = Un correo electrónico (el mensaje completo)
ui-channel-sms = Un SMS
ui-channel-popup = Una ventana emergente o página web
ui-paste = Péguelo aquí, escriba lo que dijo quien llamó, o escriba el número o el enlace
ui-from = El número o la dirección de donde vino (opcional)
ui-check = Comprobar
ui-or-upload = O suba un correo
ui-eml = El mensaje guardado como .eml
ui-check-email = Comprobar el correo

## Las páginas del sitio (navegación, inicio de sesión, cuenta, verificar a quien llama,
## incidentes, el directorio). Las páginas propias del soporte técnico (campañas, la lista de
## estafas, organizaciones, usuarios, el registro de auditoría) las usan cuando las comparten.

web-nav-main = Principal
web-nav-check = Comprobar
web-nav-verify = Verificar quién llama
web-nav-incidents = Incidentes
web-nav-directory = Directorio
web-nav-campaigns = Campañas
web-nav-scam-list = Lista de estafas
web-nav-orgs = Organizaciones
web-nav-tokens = Tokens de API
web-nav-users = Usuarios
web-nav-audit = Registro de auditoría
web-nav-account = Su cuenta
web-sign-out = Cerrar la sesión de { $email }
web-skip = Ir al contenido
web-menu = Menú
web-rule = Cuelgue. Llame usted a un número que ya conozca.
web-sign-in = Iniciar sesión
web-email = Correo electrónico
web-password = Contraseña
web-new-password = Contraseña (al menos 12 caracteres)
web-login-email-too-long = Esa dirección de correo es demasiado larga.
web-login-blocked = Demasiados intentos fallidos. Espere 15 minutos y vuelva a intentarlo.
web-login-slowed = Demasiados intentos con esta cuenta en este momento. Espere un minuto y vuelva a intentarlo.
web-try-later = Vuelva a intentarlo más tarde.
web-login-no-match = El correo y la contraseña no coinciden.
web-setup-title = Crear el primer administrador
web-setup-intro = Este enlace solo funciona una vez. El administrador añade las organizaciones, sus directorios y las personas que usan knownline.
web-setup-create = Crear administrador
web-not-email = No es un correo
web-not-email-binary = Ese archivo contiene datos binarios. Guarde el mensaje como .eml (el mensaje original completo) y suba ese archivo.
web-result = Resultado
web-report = Avisar
web-reported = Aviso enviado. Gracias.
web-reported-next = El soporte técnico de { $org } lo revisará. Hizo bien en comprobarlo antes de actuar.
web-reference = Referencia:
web-check-another = Comprobar otra cosa
web-which-org = ¿Para qué organización?
web-which-org-why = Su cuenta actúa en nombre de varias organizaciones (o de ninguna): avise a través de la API indicando «org», o consulte a su administrador.
web-too-many-reports = Demasiados avisos
web-too-many-reports-why = Desde esta dirección se han enviado muchos avisos en la última hora. Llame a su soporte técnico al número que ya conoce, o vuelva a intentarlo más tarde.
web-verify-intro = Sea quien sea quien llame o escriba, pídale su nombre y su número, cuelgue y llame usted a un número que ya sepa que es suyo.
web-verify-claims = ¿Quién le dijo que era?
web-verify-claims-example = Soporte de Microsoft, nuestro soporte técnico, el departamento de fraudes del banco
web-verify-number = El número desde el que llamaron o que le dieron (opcional)
web-verify-from = La dirección desde la que escribieron (opcional)
web-verify = Verificar
web-verify-call-back = Llame usted a
web-verify-after = Después de llamar
web-verify-genuine = Era de verdad
web-verify-scam = Era una estafa
web-thank-you = Gracias
web-verify-another = Verificar a otra persona
web-filter = Filtrar
web-filter-status = Estado
web-filter-channel = Canal
web-filter-verdict = Veredicto
web-any = Cualquiera
web-incident-count = { $count ->
    [one] 1 incidente
   *[other] { $count } incidentes
}
web-col-reported = Fecha del aviso
web-col-org = Organización
web-pages = Páginas
web-newer = Más recientes
web-older = Más antiguos
web-page-of = página { $page } de { $pages }
web-incident = Incidente
web-reported-on = avisado el { $when }
web-reported-by = Aviso enviado por { $name }
web-reporter-anonymous = alguien que no dio su nombre (enlace de comprobación)
web-reporter-link = { $name } (enlace de comprobación)
web-the-contact = El contacto
web-reporter-wrote = Lo que escribió quien avisó
web-replies = Respuestas del soporte técnico
web-notes = Notas (solo para el soporte técnico)
web-triage = Revisión
web-triage-list = Si se confirma como estafa, estos datos pasan a la lista compartida de estafas (los que figuran en un directorio de confianza quedan fuera):
web-status-new = Nuevo (aún sin revisar)
web-private-note = Nota privada (solo para el soporte técnico; quien avisó nunca la ve)
web-reply-to-person = Responder a la persona que avisó (la leerá aquí y por correo electrónico)
web-reply-to-visitor = Responder al visitante que avisó (se envía por correo a la dirección que escribió, que nadie ha verificado)
web-reply-example = Era una estafa: hizo exactamente lo correcto al avisar.
web-save = Guardar
code-scam = Estafa
code-suspicious = Sospechoso
code-no_signs = Sin indicios de estafa
code-new = Nuevo
code-confirmed_scam = Estafa confirmada
code-benign = No es una estafa
code-closed = Cerrado
code-suggested = Sugerido
code-active = En la lista
code-removed = Retirado
code-call = Llamada
code-email = Correo electrónico
code-sms = SMS
code-popup = Ventana emergente o página web
code-member = Miembro
code-it_support = Soporte técnico
code-admin = Administrador
code-webhook = Webhook
web-directories = Directorios
web-no-orgs = Todavía no hay organizaciones: añada una con
web-directory-of = Directorio de { $org }
web-directory-intro = Los números y las direcciones que ya conoce: llame usted a estos, nunca al que le dé quien llama.
web-col-name = Nombre
web-col-role = Rol
web-col-phones = Teléfonos
web-col-domains = Dominios
web-col-verified = Verificado
web-remove = Quitar
web-remove-named = Quitar { $name }
web-directory-more = { $count ->
    [one] Se muestran 1000 de 1 entrada; exporte el resto con
   *[other] Se muestran 1000 de { $count } entradas; exporte el resto con
}
web-entry-add = Añadir o reemplazar una entrada
web-entry-phones = Números de teléfono (separados por ;)
web-entry-domains = Dominios de correo (separados por ;)
web-entry-aliases = Otros nombres (separados por ;)
web-entry-note = Nota
web-entry-verified = Fecha de verificación (AAAA-MM-DD)
web-entry-replace = Reemplazar la entrada que tenga el mismo nombre
web-entry-save = Guardar entrada
web-tokens-intro = Un token permite que un script u otra herramienta use la API en su nombre. Manténgalo en secreto y revóquelo cuando ya no lo necesite.
web-token-new = Su nuevo token (solo se muestra una vez; cópielo ahora):
web-col-created = Creado
web-col-state = Estado
web-token-revoked = revocado el { $when }
web-revoke = Revocar
web-revoke-named = Revocar { $name }
web-token-add = Nuevo token
web-token-for = Para qué sirve
web-token-create = Crear token
code-bank = Banco
code-card_issuer = Emisor de tarjetas
code-vendor = Proveedor
code-government = Organismo público
code-utility = Compañía de suministros
code-colleague = Compañero de trabajo
code-other = Otro
web-signed-in-as = Ha iniciado sesión como { $email } ({ $role }).
web-language = Idioma
web-language-choose = El idioma de estas páginas y de las respuestas que recibe
web-language-default = Automático
web-language-auto-help = Automático: el idioma de su organización o, si no lo tiene, el de su navegador.
web-language-saved = Guardado. A partir de ahora, knownline le escribirá en este idioma.
web-password-change = Cambiar la contraseña
web-password-current = Contraseña actual
web-password-changed = Se ha cambiado su contraseña y se han cerrado sus demás sesiones.
web-invite-title = Elija su contraseña
web-invite-welcome = Le damos la bienvenida a knownline
web-invite-intro = Le han invitado como { $email }. Elija una contraseña que solo usted conozca: nadie más, ni siquiera el soporte técnico, la necesitará nunca.
web-password-again = Repita la contraseña
web-invite-create = Crear mi cuenta
web-passwords-differ = Las dos contraseñas no coinciden.
web-status-is = Estado: { $status }

## Verificar a quien llama: la respuesta a «dicen ser X y llaman desde este número».
## { $callback } es una frase que dice a quién llamar y cómo (verify-callback-*), colocada
## donde el español pone «llame a X al número Y» dentro de una frase.

verify-how-unknown = un número que busque por su cuenta en una factura, una tarjeta, un contrato o su sitio web oficial (escribiendo usted la dirección), nunca uno que le dé quien llama o que venga en el mensaje
verify-how-website = escriba usted en el navegador la dirección del sitio web oficial de { $org } y use la página de contacto de ese sitio
verify-your-own-it = su propio soporte técnico
verify-your-it = su soporte técnico
verify-role-it_support = su soporte técnico
verify-role-bank = su banco
verify-role-card_issuer = la entidad emisora de su tarjeta
verify-role-government = la entidad pública
verify-role-utility = su compañía de luz, agua o gas
verify-role-vendor = su proveedor
verify-role-colleague = su colega
verify-role-other = quien dicen ser
verify-callback-phone = llame a { $name } al { $number }
verify-callback-on = llame a { $name } a { $how }
verify-callback-reach = póngase en contacto por su cuenta con { $name }: { $how }
verify-callback-known = llame a { $name } a un número que ya conozca
verify-flag-known = { $value } aparece en { $count ->
    [1] una estafa confirmada
    [2] dos estafas confirmadas
   *[other] { $count } estafas confirmadas
} (la última, del { $date }).
verify-flag-not-it = Solo su propio soporte técnico ({ $it }) tiene motivos para ponerse en contacto con usted por su equipo, y { $party } no lo es.
# The same when the directory names no IT support (the sentence names it already).
verify-flag-not-it-unnamed = Solo su propio soporte técnico tiene motivos para ponerse en contacto con usted por su equipo, y { $party } no lo es.
verify-flag-not-it-number = Dicen ser { $it }, pero el { $number } no es el número de { $it }.
verify-flag-someone-elses = En su directorio, el { $number } es el número de { $owner }, no de { $party }: el número que aparece en pantalla se puede copiar.
verify-flag-not-theirs = El { $number } no es el número de { $party }.
verify-flag-domain = El dominio { $domain } no pertenece a { $party }.
verify-summary-known = Estafa conocida: { $flag }
verify-summary-mismatch = { $flag } Cuelgue y { $callback }.
verify-summary-number-matches = El número coincide con el de { $party } en su directorio, pero el número que aparece en pantalla y el nombre del remitente se pueden falsificar. Para asegurarse, cuelgue y { $callback }.
verify-summary-domain-matches = El dominio coincide con el de { $party } en su directorio, pero el número que aparece en pantalla y el nombre del remitente se pueden falsificar. Para asegurarse, cuelgue y { $callback }.
verify-summary-unknown = knownline no puede saber si de verdad es { $party }. Cuelgue y { $callback }.
verify-step-even-if-matches = Aunque coincida, cuelgue (o no responda) y { $callback }. El número que aparece en pantalla y el nombre del remitente se pueden falsificar.
verify-step-hang-up = Cuelgue, o no responda. No le debe ninguna explicación a quien llama.
verify-step-call-back = { $callback }.
verify-step-not-that-number = No llame al { $number }: le contestará quien se lo dio.
# { $statement } son las palabras de la propia organización, citadas tal como las escribió (en inglés).
verify-step-policy = { $org }, en sus propias palabras: { $statement }
verify-step-no-remote = No deje que se conecte a su equipo nadie a quien no haya llamado usted, y nunca dé códigos, contraseñas ni números de tarjeta.
# { $where } es dónde pide la organización que se denuncien las estafas, tal como lo dice (en inglés).
verify-step-report = Denuncie la estafa: { $where }.
verify-step-tell-it = Cuéntele a { $it } lo que pasó, para que pueda avisar a otras personas.
web-verify-call-on = { $name } al { $number }

## Las páginas propias del soporte técnico: personas y roles, el registro de auditoría, campañas.

code-analyst = Analista
web-users-title = Usuarios y roles
web-invitation-for = Invitación para { $email }
web-invitation-send = Envíele usted este enlace (funciona una sola vez, hasta el { $until }). La persona elegirá su propia contraseña. El enlace solo se muestra ahora.
web-all-orgs = todas
web-invited-pending = Invitaciones pendientes
web-until = hasta el { $when }
web-invite = Invitar a una persona
web-role-help-member = comprueba contactos, verifica a quien llama y avisa de ellos; solo ve sus propios avisos, su estado y las respuestas del soporte técnico
web-role-help-analyst = soporte técnico de las organizaciones elegidas: revisa sus avisos, lee y escribe notas privadas, edita sus directorios y su configuración, y confirma entradas de la lista compartida de estafas
web-role-help-admin = todo, en todas las organizaciones: personas y roles, organizaciones, importaciones y toda la lista compartida de estafas
web-org-none = ninguna (solo administradores)
web-invite-make = Crear un enlace de invitación
web-audit-intro = Quién cambió qué, empezando por lo más reciente (los 200 últimos cambios).
web-col-when = Cuándo
web-col-who = Quién
web-col-what = Qué
web-col-on = Sobre qué
web-col-detail = Detalles
web-campaigns-intro = Avisos que comparten un número de teléfono, un dominio o casi las mismas palabras, en todas las organizaciones de las que usted se ocupa.
web-campaigns-none = No hay campañas: todavía no hay dos avisos que tengan algo en común.
web-campaign-reports = { $count ->
    [one] 1 aviso
   *[other] { $count } avisos
}
web-campaign-orgs = { $count ->
    [one] 1 organización
   *[other] { $count } organizaciones
}
web-campaign-numbers = Números:
web-campaign-domains = Dominios:
web-campaign-same-words = Casi las mismas palabras.
web-campaign-from-to = Del { $from } al { $to }.
web-campaign-orgs-named = Organizaciones:
web-campaign-other-orgs = { $count ->
    [one] y 1 más
   *[other] y { $count } más
}
web-campaign-warning = Aviso para todas las organizaciones afectadas
web-campaign-warn = Avisar a todas
web-warned = Aviso enviado
web-warned-orgs = { $count ->
    [one] Se ha avisado a 1 organización. Sus miembros verán el aviso la próxima vez que comprueben un contacto.
   *[other] Se ha avisado a { $count } organizaciones. Sus miembros verán el aviso la próxima vez que comprueben un contacto.
}
web-back-to-campaigns = Volver a las campañas

## La configuración de una organización (soporte técnico).

web-orgs-none = No se ocupa de ninguna organización.
web-orgs-add = Añadir una organización
web-orgs-add-button = Añadir organización
web-org-link-new = El nuevo enlace de comprobación (solo se muestra una vez; compártalo con las personas de { $org }):
web-org-secret-new = El secreto de firma del webhook (solo se muestra una vez; el receptor lo usa para comprobar X-Knownline-Signature):
web-org-link = Enlace de comprobación
web-org-link-intro = Cualquier persona que tenga el enlace puede comprobar un contacto con el directorio de { $org } y enviarle a usted un aviso, sin necesidad de cuenta.
web-org-link-on = Hay un enlace activo. Si crea uno nuevo, el anterior deja de funcionar.
web-org-link-off = No hay ningún enlace activo.
web-org-link-make = Crear un enlace nuevo
web-org-link-stop = Desactivar el enlace
web-org-reader = País e idioma
web-org-reader-intro = Lo que leen las personas de su organización: dónde denunciar una estafa y a qué números llamar (ninguno si no se indica el país), y en qué idioma (si no se indica ninguno: el que elija cada persona; si no, el de su navegador; y si no, el del propio contacto).
web-org-country = País
web-org-not-set = Sin indicar
web-org-language = Idioma
web-org-language-each = El que elija cada persona o el de su navegador
web-org-reader-save = Guardar país e idioma
web-org-email = Correo electrónico del soporte técnico
web-org-email-label = Dirección que recibe los avisos nuevos y los avisos de campaña (vacía: ninguna)
web-org-email-save = Guardar dirección
web-org-webhooks = Webhooks
web-none = Ninguno.
web-none-yet = Todavía no hay ninguna.
web-org-col-format = Formato
web-org-col-where = Destino
web-org-col-added = Añadido
web-org-webhook-remove = Quitar el webhook { $id }
web-org-webhook-url = URL del webhook
web-org-webhook-body = Cuerpo
web-org-webhook-add = Añadir webhook
web-org-deliveries = Últimas notificaciones
web-org-col-how = Medio
web-org-col-to = Destinatario
web-org-col-outcome = Resultado
web-org-attempts = { $count ->
    [one] tras 1 intento
   *[other] tras { $count } intentos
}
web-org-failed = Fallida
web-org-retry = Reintentar
web-org-retry-named = Reintentar (notificación { $id })
web-org-waiting = En espera
web-org-next-try = próximo intento el { $when }
web-org-delivered = Entregada

## La lista compartida de estafas (soporte técnico) y lo que le hace el resultado de una verificación.

web-list-title = Lista compartida de estafas
web-list-intro = Números, dominios y enlaces confirmados en estafas. Las comprobaciones de todas las organizaciones señalan los que están en la lista. Cuando un miembro indica «Era una estafa», es solo una sugerencia hasta que el soporte técnico lo confirma; un dato que figura en un directorio de confianza nunca se señala.
web-list-conflicts = Conflictos con un directorio
web-list-kind = Tipo
web-list-contains = Contiene
web-list-count = { $count ->
    [one] 1 en la lista
   *[other] { $count } en la lista
}
web-list-col-value = Dato
web-list-col-confirmed = Confirmado
web-list-col-suggested = Sugerencias
web-list-col-hits = Contactos señalados
web-list-col-sources = Origen
web-list-col-change = Cambiar
web-list-conflict = conflicto
web-list-times = { $count ->
    [one] una vez
   *[other] { $count } veces
}
web-list-suggested = sugerido
web-list-confirm = Confirmar
web-list-confirm-named = Confirmar { $value }
code-phone = Número de teléfono
code-domain = Dominio
code-url = Enlace
code-import = Importación
code-incident = Aviso
code-verification = Verificación
web-outcome-genuine = Anotado: usted llamó y comprobó que era de verdad. No se añade nada a la lista compartida de estafas.
web-outcome-held = Anotado como estafa. El número o la dirección figura en un directorio de confianza, así que no se señala: su soporte técnico ya ve el conflicto y revisará esa entrada del directorio.
web-outcome-listed = Anotado como estafa: su número y su remitente están ya en la lista compartida de estafas y se señalarán en todas las comprobaciones a partir de ahora.
web-outcome-suggested = Anotado como estafa y enviado a su soporte técnico, que decidirá si el número pasa a la lista compartida de estafas. Cuéntele lo que pasó.

## The command line's verify answer.
cli-verify-number = número
cli-verify-domain = dominio
cli-verify-matches = coincide con el directorio
cli-verify-no-match = NO coincide
cli-verify-unknown = desconocido
cli-verify-no-org = (Sin --org: solo se ha usado el conocimiento incorporado. Añada el directorio de su organización para que aparezca su propio soporte técnico.)
cli-verify-recorded = Guardado como verificación { $id }. Cuando haya devuelto la llamada, anote cómo fue:
