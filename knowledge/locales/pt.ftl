# As palavras do knownline para a pessoa, em português europeu. Cada mensagem de en.ftl tem
# de existir aqui; se faltar uma, o pacote é recusado. O motor preenche as variáveis; o seu
# significado está em knowledge/playbooks.toml.

## Palavras com que se constroem os passos

it-support-default = o seu próprio apoio informático
it-support-line-default = o seu próprio apoio informático, através de um número que já conheça
# «Acme IT, pelo +1 617-555-0100»
call-line = { $name }, pelo { $number }

## Veredictos e títulos

verdict-scam = Burla
verdict-suspicious = Suspeito
verdict-no_signs = Sem sinais de burla
heading-steps = O que fazer agora
heading-reasons = Porquê
heading-more-reasons = Mais motivos

## Tipos de burla

family-tech_support = Falso apoio técnico
family-bank = Falsa chamada do banco ou do cartão
family-police = Falsa polícia ou autoridade
family-government = Falso fisco ou serviço público
family-family = Falsa emergência familiar
family-investment = Burla de investimento ou criptomoedas
family-utility = Falso corte de luz, água ou gás
family-parcel = Falsa taxa de encomenda ou alfândega
family-prize = Falso prémio, emprego ou taxa
family-codes = Alguém quer os seus códigos
family-account = Falso aviso sobre a sua conta

## Motivos: um por tática, seguido do que o contacto disse

tactic-authority_impersonation = Faz-se passar por alguém de confiança
tactic-callback_lure = Quer que ligue para um número que lhe dá
tactic-credential_request = Pede um código, uma palavra-passe ou dados do cartão
tactic-lookalike_domain = O link só se parece com o da empresa verdadeira
tactic-phone_on_warning = Um aviso de segurança com um número de telefone
tactic-refund_overpayment = Um reembolso ou um «pagamento a mais» que tem de devolver
tactic-remote_access = Quer entrar no seu computador ou telemóvel
tactic-scareware = Tenta assustar com um falso alerta de vírus
tactic-secrecy = Pede segredo ou que não desligue
tactic-sender_spoofing = O remetente não é quem diz ser
tactic-too_good_offer = Uma oferta boa demais para ser verdade
tactic-unsolicited_support = «Apoio técnico» que nunca pediu
tactic-unusual_payment = Pede um pagamento de uma forma que as entidades verdadeiras não usam
tactic-urgency_threat = Faz ameaças para que aja depressa
tactic-text_model = Escrito como outras burlas que já conhecemos
tactic-known_scam = Já denunciado noutras burlas
tactic-directory_mismatch = Não corresponde à lista de contactos da sua organização

## Passos

step-any-known_sender = Na sua lista de contactos, este número é de { $sender_known }, mas o número que aparece no ecrã e o nome do remetente podem ser falsificados. Para ter a certeza, desligue e ligue diretamente para { $sender_known_line } antes de fazer o que lhe pedem.
step-any-bare_number = Não sabemos de quem é o { $bare_number }, e o número que aparece no ecrã pode ser falsificado. Se lhe ligaram deste número ou lhe pediram que ligasse para ele, desligue e contacte a entidade que referiram através de um número que já conheça: o do seu cartão, de uma fatura ou de um contrato.

step-call-hang_up_directory = Desligue. Se precisar de falar com { $dir_claimed }, ligue diretamente para { $dir_claimed_line }: o número da sua lista de contactos, nunca um que lhe tenham dado na chamada.
step-call-hang_up_it = Desligue. Ligue para { $it_support_line }.
step-call-hang_up_bank_159 = Desligue. Ligue para o { $bank_line } para falar com o seu banco. Se puder, use outro telefone: alguns burlões mantêm a linha aberta.
step-call-hang_up_bank = Desligue. Ligue para o seu banco pelo número que está no verso do cartão. Se puder, use outro telefone: alguns burlões mantêm a linha aberta.
step-call-hang_up_police = Desligue. A polícia verdadeira nunca pede dinheiro, cartões bancários ou objetos de valor, nem envia ninguém para os recolher.
step-call-hang_up_government = Desligue. Se acha que pode dever alguma coisa, contacte diretamente o serviço, pelo número que vem numa das suas cartas ou no site oficial.
step-call-hang_up_family = Desligue e ligue ao seu familiar para o número de sempre, não para um número novo.
step-call-hang_up_utility = Desligue. Confirme a sua conta diretamente com a empresa, pelo número que vem na fatura.
step-call-hang_up_codes = Desligue. Não diga nem escreva nenhum código: nenhum banco ou empresa verdadeira pede códigos numa chamada.
step-call-hang_up_investment = Desligue e não envie mais dinheiro. As empresas de investimento verdadeiras não ligam sem mais nem menos, e ninguém consegue recuperar dinheiro perdido a troco de uma taxa.
step-call-hang_up_prize = Desligue. Para receber um prémio verdadeiro, nunca é preciso pagar nada.
step-call-hang_up = Desligue. Se puder ser verdade, ligue à entidade por um número que já conheça: o do seu cartão, de uma fatura ou do site oficial.
step-call-police_call_back = Se tiver receio, ligue diretamente para a polícia pelo { $police }, ou para o { $emergency } numa emergência.
step-call-police_call_back_local = Se tiver receio, ligue diretamente para a polícia da sua zona, para um número que procure por si — nunca para um que lhe dê quem ligou.
step-call-not_tech_support = Só o seu próprio apoio informático tem motivo para lhe ligar por causa do computador. Fosse quem fosse, não era o seu apoio informático.
step-call-bank_never = O seu banco nunca lhe vai pedir que transfira dinheiro para uma «conta segura», que entregue o cartão a um estafeta ou que lhe diga um código.
step-call-family_check = Se não conseguir falar com o seu familiar, faça a quem ligou uma pergunta a que só a pessoa verdadeira saiba responder, ou ligue a outro familiar. Não envie dinheiro enquanto tiver dúvidas.
step-call-claimed_policy = { $claimed }, nas suas próprias palavras: { $claimed_never }
step-call-dont_call_back_given = Não ligue para o número que lhe deram ({ $numbers }): quem atende são as mesmas pessoas.
step-call-verify_claimed = Se quiser ter a certeza, fale diretamente com { $claimed }: { $how_to_reach }
step-call-no_signs = Não encontrámos sinais de burla nestas notas. Ainda assim, se quem ligou lhe pediu para pagar, instalar alguma coisa, iniciar sessão ou dizer um código, desligue e volte a ligar por um número que já conheça.

step-email-dont_act = Não clique nos links, não abra os anexos e não responda.
step-email-dont_call = Não ligue para o número do e-mail ({ $numbers }): neste tipo de burla, o número é dos próprios burlões.
step-sms-dont_act = Não toque no link e não responda.
step-sms-dont_call = Não ligue para o número da mensagem ({ $numbers }).

step-msg-check_directory = Se precisar de falar com { $dir_claimed }, ligue para { $dir_claimed_line }: o número da sua lista de contactos, não um desta mensagem.
step-msg-check_it = Se tiver dúvidas sobre uma encomenda, uma renovação ou o seu computador, ligue para { $it_support_line }.
step-msg-check_bank = Se tiver dúvidas sobre a sua conta, abra diretamente a aplicação do seu banco ou ligue para o número que está no verso do cartão.
step-msg-check_government = Confirme impostos, multas ou apoios no site oficial, escrevendo o endereço no navegador, ou numa carta que tenha recebido.
step-msg-check_police = A polícia não exige pagamentos por mensagem. Em caso de dúvida, ligue para a polícia da sua zona, para um número que procure por si.
step-msg-check_parcel = Confirme a entrega na aplicação ou no site da transportadora, escrevendo o endereço no navegador: as transportadoras não pedem taxas por mensagem.
step-msg-check_family = Antes de fazer seja o que for, ligue ao seu familiar para o número de sempre — não para um número novo.
step-msg-check_utility = Confirme a sua conta com a empresa, pelo número que vem na fatura.
step-msg-check_account = Se tiver dúvidas sobre a conta, entre como faz sempre — na aplicação, ou no site, escrevendo o endereço no navegador — e nunca através desta mensagem.
step-msg-verify_claimed = Se acha que pode ser verdade, confirme diretamente com { $claimed }: { $how_to_reach }
step-msg-check_sender = Se lhe pedem que faça alguma coisa, confirme com o remetente ligando para um número que já conheça — nunca para um que esteja na mensagem.
step-msg-claimed_policy = { $claimed }, nas suas próprias palavras: { $claimed_never }

step-popup-dont_call = Não ligue para o número da página{ $numbers_suffix } e não clique em nada nela.
step-popup-close = Feche o navegador: prima Alt+F4 (num Mac, Cmd+Q). Se a página não deixar, prima Ctrl+Shift+Esc e termine o navegador no Gestor de Tarefas, com «Terminar tarefa» (num Mac, prima Cmd+Option+Esc e escolha «Forçar saída»). No telemóvel, feche o separador ou force o fecho da aplicação do navegador.
step-popup-claimed_never = { $claimed_tech }, nas suas próprias palavras: { $claimed_never }
step-popup-real_warnings = Os avisos de segurança verdadeiros nunca pedem que ligue para um número de telefone.
step-popup-dont_paste = Nunca cole na caixa Executar, no PowerShell ou no Terminal nada que uma página ou uma mensagem lhe dê. Se já o fez, desligue o computador da internet e ligue para { $it_support_line }.
step-popup-dont_restore = Quando voltar a abrir o navegador, não restaure os separadores anteriores.
step-popup-scan = Depois, faça uma análise completa com o seu próprio antivírus.
step-popup-no_signs = Não encontrámos sinais de uma página com falsos alertas de vírus. Um aviso verdadeiro nunca pede que ligue para um número nem que instale programas de acesso remoto.

step-any-codes = Nunca diga nem escreva um código de uso único, uma palavra-passe ou um PIN a pedido de quem entrou em contacto consigo: os bancos e as empresas verdadeiras nunca os pedem.
step-any-codes_family = Nunca reencaminhe um código que tenha recebido e nunca aprove um início de sessão que não tenha sido feito por si.
step-any-no_fee = Prémios, empregos e investimentos verdadeiros nunca exigem que pague primeiro, nem pedem para continuar a conversa no WhatsApp ou no Telegram. Deixe de responder e não envie dinheiro, documentos de identificação nem dados bancários.
step-any-if_access_given = Se já os deixou entrar no seu computador: desligue-o da internet (tire o cabo, desligue o Wi-Fi), não inicie sessão em nada nele e ligue para { $it_support_line }.
step-any-if_paid_family = Se já enviou dinheiro: ligue já para o seu banco e diga que foi uma burla.
step-any-if_paid_investment = Se já pagou: avise já o seu banco e desconfie de quem se ofereça para recuperar o seu dinheiro — é a mesma burla outra vez.
step-any-if_paid = Se já pagou ou deu dados do cartão ou do banco: ligue já para o seu banco, pelo número que está no cartão, e diga que foi uma burla.
step-any-if_code_given = Se já deu uma palavra-passe ou um código: mude essa palavra-passe no seu próprio dispositivo, começando pela do e-mail, e informe { $it_support }.

step-sms-report_spam_number = Reencaminhe a mensagem para o { $spam_text } (é gratuito) para a denunciar e depois apague-a.
step-sms-report = Denuncie a mensagem como spam na sua aplicação de mensagens e depois apague-a.
step-email-report = Informe { $it_support } e depois apague o e-mail.
step-any-tell_it = Informe { $it_support } do que aconteceu, sobretudo se ligou para um número, escreveu uma palavra-passe ou deixou alguém entrar no seu computador.
step-any-report_fraud = Denuncie a burla: { $fraud_report }.
step-msg-no_signs = Não encontrámos sinais de burla. Se a mensagem lhe pede para pagar, iniciar sessão ou ligar para um número, confirme com o remetente ligando para um número que já conheça.

## The report

summary-scam = É muito provável que seja uma burla.
summary-suspicious = Tem sinais de burla: trate-o como tal até confirmar.
summary-no_signs = Não foram encontrados sinais de burla.
score = pontuação
partly-checked = Verificado só em parte:
channel-call = uma chamada
channel-email = um e-mail
channel-sms = uma SMS
channel-popup = uma página web ou janela pop-up
channel-guessed = lido como { $channel } (deduzido; use --channel para mudar)
# A quote from the contact.
quoted = «{ $text }»

## The web page's own words
ui-partly-rest = Tenha o mesmo cuidado com o que não foi possível verificar.
ui-call = Ligue para { $number }
ui-read-as = Lido como { $channel }. Não é isso? Ler como:
ui-what-you-pasted = O que colou
ui-your-name = O seu nome (opcional)
ui-your-email = O seu e-mail, para a resposta do apoio informático (opcional)
ui-note = Há algo que o apoio informático deva saber? (opcional)
ui-report = Comunicar ao apoio informático
# The language's own name, as its speakers look for it in a list.
language-name = Português

## The Check page
ui-check-title = Verifique uma chamada, um e-mail, um SMS ou um pop-up
ui-check-for-org = Para as pessoas de { $org }. Nada é enviado ao apoio informático, a não ser que decida comunicá-lo.
ui-warning-from-it = Aviso do apoio informático ({ $when }):
ui-what-was-it = O que era?
ui-channel-any = Deixar o knownline decidir
ui-channel-call = Uma chamada (notas ou transcrição)
ui-channel-email = Um e-mail (a mensagem completa)
ui-channel-sms = Um SMS
ui-channel-popup = Um pop-up ou página web
ui-paste = Cole aqui, escreva o que disse quem ligou, ou escreva o número ou o link
ui-from = O número ou endereço de onde veio (opcional)
ui-check = Verificar
ui-or-upload = Ou carregue um e-mail
ui-eml = A mensagem guardada como .eml
ui-check-email = Verificar o e-mail

## As páginas do site (navegação, início de sessão, conta, confirmar quem ligou, incidentes,
## lista de contactos). As páginas do próprio apoio informático (campanhas, lista de burlas,
## organizações, utilizadores, registo de auditoria) usam estas quando as partilham.

web-nav-main = Principal
web-nav-check = Verificar
web-nav-verify = Confirmar quem ligou
web-nav-incidents = Incidentes
web-nav-directory = Lista de contactos
web-nav-campaigns = Campanhas
web-nav-scam-list = Lista de burlas
web-nav-orgs = Organizações
web-nav-tokens = Tokens de API
web-nav-users = Utilizadores
web-nav-audit = Registo de auditoria
web-nav-account = A sua conta
web-sign-out = Terminar a sessão de { $email }
web-skip = Saltar para o conteúdo
web-menu = Menu
web-rule = Desligue. Volte a ligar para um número que já conheça.
web-sign-in = Iniciar sessão
web-email = E-mail
web-password = Palavra-passe
web-new-password = Palavra-passe (pelo menos 12 caracteres)
web-login-email-too-long = Esse endereço de e-mail é demasiado longo.
web-login-blocked = Demasiadas tentativas falhadas. Aguarde 15 minutos e tente novamente.
web-login-slowed = Demasiadas tentativas nesta conta neste momento. Aguarde um minuto e tente novamente.
web-try-later = Tente novamente mais tarde.
web-login-no-match = O e-mail e a palavra-passe não correspondem.
web-setup-title = Criar o primeiro administrador
web-setup-intro = Este link só funciona uma vez. O administrador adiciona as organizações, as respetivas listas de contactos e as pessoas que usam o knownline.
web-setup-create = Criar administrador
web-not-email = Não é um e-mail
web-not-email-binary = Esse ficheiro contém dados binários. Guarde a mensagem como .eml (a mensagem em bruto) e carregue esse ficheiro.
web-result = Resultado
web-report = Comunicar
web-reported = Comunicação enviada. Obrigado.
web-reported-next = O apoio informático de { $org } vai analisar o caso. Fez bem em verificar antes de agir.
web-reference = Referência:
web-check-another = Verificar outra coisa
web-which-org = Que organização?
web-which-org-why = A sua conta representa várias organizações (ou nenhuma): comunique através da API indicando «org», ou peça ajuda ao seu administrador.
web-too-many-reports = Demasiadas comunicações
web-too-many-reports-why = Este endereço enviou muitas comunicações na última hora. Ligue para o seu apoio informático pelo número que conhece, ou tente novamente mais tarde.
web-verify-intro = Seja quem for que ligue ou escreva: anote o nome e o número, desligue e volte a ligar para um número que já sabe ser o verdadeiro.
web-verify-claims = Quem disseram que eram?
web-verify-claims-example = Apoio da Microsoft, o nosso apoio informático, serviço antifraude do Millennium bcp
web-verify-number = O número de onde ligaram ou que lhe deram (opcional)
web-verify-from = O endereço de onde escreveram (opcional)
web-verify = Confirmar
web-verify-call-back = Voltar a ligar
web-verify-after = Depois de voltar a ligar
web-verify-genuine = Era verdadeiro
web-verify-scam = Era uma burla
web-thank-you = Obrigado
web-verify-another = Confirmar outra pessoa
web-filter = Filtrar
web-filter-status = Estado
web-filter-channel = Canal
web-filter-verdict = Veredicto
web-any = Todos
web-incident-count = { $count ->
    [one] 1 incidente
   *[other] { $count } incidentes
}
web-col-reported = Comunicado em
web-col-org = Organização
web-pages = Páginas
web-newer = Mais recentes
web-older = Mais antigos
web-page-of = página { $page } de { $pages }
web-incident = Incidente
web-reported-on = comunicado em { $when }
web-reported-by = Comunicado por { $name }
web-reporter-anonymous = alguém que não deu o nome (link de verificação)
web-reporter-link = { $name } (link de verificação)
web-the-contact = O contacto
web-reporter-wrote = O que escreveu quem comunicou
web-replies = Respostas do apoio informático
web-notes = Notas (só para o apoio informático)
web-triage = Triagem
web-triage-list = Se confirmar que é uma burla, estes dados entram na lista partilhada de burlas (um valor que esteja numa lista de contactos de confiança fica de fora):
web-status-new = Novo (ainda sem triagem)
web-private-note = Nota privada (só para o apoio informático; quem comunicou nunca a vê)
web-reply-to-person = Responder à pessoa que comunicou (lê a resposta aqui e por e-mail)
web-reply-to-visitor = Responder ao visitante que comunicou (a resposta segue por e-mail para o endereço que indicou, que ninguém verificou)
web-reply-example = Era uma burla — fez exatamente o que devia ao comunicá-la.
web-save = Guardar
code-scam = Burla
code-suspicious = Suspeito
code-no_signs = Sem sinais de burla
code-new = Novo
code-confirmed_scam = Burla confirmada
code-benign = Não é burla
code-closed = Fechado
code-suggested = Sugerido
code-active = Na lista
code-removed = Removido
code-call = Chamada telefónica
code-email = E-mail
code-sms = SMS
code-popup = Pop-up ou página web
code-member = Membro
code-it_support = Apoio informático
code-admin = Administrador
code-webhook = Webhook
web-directories = Listas de contactos
web-no-orgs = Ainda não há organizações: adicione uma com
web-directory-of = Lista de contactos de { $org }
web-directory-intro = Os números e endereços que já conhece: volte a ligar para estes, nunca para um que lhe dê quem liga.
web-col-name = Nome
web-col-role = Tipo
web-col-phones = Telefones
web-col-domains = Domínios
web-col-verified = Verificado
web-remove = Remover
web-remove-named = Remover { $name }
web-directory-more = { $count ->
    [one] A mostrar 1000 de 1 entrada; exporte o resto com
   *[other] A mostrar 1000 de { $count } entradas; exporte o resto com
}
web-entry-add = Adicionar ou substituir uma entrada
web-entry-phones = Números de telefone (separados por ;)
web-entry-domains = Domínios de e-mail (separados por ;)
web-entry-aliases = Outros nomes (separados por ;)
web-entry-note = Nota
web-entry-verified = Verificado em (AAAA-MM-DD)
web-entry-replace = Substituir a entrada com o mesmo nome
web-entry-save = Guardar entrada
web-tokens-intro = Um token permite que um script ou outra ferramenta use a API em seu nome. Mantenha-o secreto e revogue-o quando já não for preciso.
web-token-new = O seu novo token (só é mostrado uma vez; copie-o já):
web-col-created = Criado
web-col-state = Estado
web-token-revoked = revogado em { $when }
web-revoke = Revogar
web-revoke-named = Revogar { $name }
web-token-add = Novo token
web-token-for = Para que serve
web-token-create = Criar token
code-bank = Banco
code-card_issuer = Emissor de cartões
code-vendor = Fornecedor
code-government = Serviço público
code-utility = Luz, água ou gás
code-colleague = Colega
code-other = Outro
web-signed-in-as = Sessão iniciada como { $email } ({ $role }).
web-language = Idioma
web-language-choose = O idioma destas páginas e das respostas que recebe
web-language-default = Automático
web-language-auto-help = Automático: o idioma da sua organização ou, se não houver, o do navegador.
web-language-saved = Guardado: o knownline passa a escrever-lhe neste idioma.
web-password-change = Alterar a palavra-passe
web-password-current = Palavra-passe atual
web-password-changed = A sua palavra-passe foi alterada e as suas outras sessões foram terminadas.
web-invite-title = Escolha a sua palavra-passe
web-invite-welcome = Boas-vindas ao knownline
web-invite-intro = Recebeu um convite como { $email }. Escolha uma palavra-passe só sua: mais ninguém precisa dela, nem mesmo o apoio informático.
web-password-again = Repita a palavra-passe
web-invite-create = Criar a minha conta
web-passwords-differ = As duas palavras-passe não são iguais.
web-status-is = Estado: { $status }

## Confirmar quem ligou: a resposta a «dizem ser X e ligaram deste número».
## { $callback } é uma frase que diz a quem voltar a ligar e como (verify-callback-*),
## colocada no fim das frases, depois de «desligue e».

verify-how-unknown = um número que procure por si (numa fatura, num cartão, num contrato ou no site oficial, escrevendo o endereço à mão), nunca um dado por quem ligou ou pela mensagem
verify-how-website = escreva no navegador o endereço do site oficial de { $org } e use a página de contactos
verify-your-own-it = o seu próprio apoio informático
verify-your-it = o seu apoio informático
verify-role-it_support = o seu apoio informático
verify-role-bank = o seu banco
verify-role-card_issuer = o emissor do seu cartão
verify-role-government = o serviço público em causa
verify-role-utility = a sua empresa de luz, água ou gás
verify-role-vendor = o seu fornecedor
verify-role-colleague = o seu colega
verify-role-other = a entidade que referiram
verify-callback-phone = ligue para { $name } pelo { $number }
verify-callback-on = ligue para { $name } através de { $how }
verify-callback-reach = contacte { $name } por si: { $how }
verify-callback-known = ligue para { $name } através de um número que já conheça
verify-flag-known = { $value } { $count ->
    [1] apareceu numa burla confirmada, em { $date }.
   *[other] apareceu em { $count } burlas confirmadas (a última em { $date }).
}
verify-flag-not-it = Só o seu próprio apoio informático ({ $it }) tem motivo para o contactar por causa do computador; { $party } não.
# The same when the directory names no IT support (the sentence names it already).
verify-flag-not-it-unnamed = Só o seu próprio apoio informático tem motivo para o contactar por causa do computador; { $party } não.
verify-flag-not-it-number = Dizem ser { $it }, mas o { $number } não é o número registado para { $it }.
verify-flag-someone-elses = Na sua lista de contactos, o { $number } está registado para { $owner }, não para { $party }: o número que aparece no ecrã pode ser copiado.
verify-flag-not-theirs = O { $number } não é um número registado para { $party }.
verify-flag-domain = O domínio { $domain } não é um dos domínios registados para { $party }.
verify-summary-known = Uma burla conhecida: { $flag }
verify-summary-mismatch = { $flag } Desligue e, em vez disso, { $callback }.
verify-summary-number-matches = Na sua lista de contactos, este número está registado para { $party }, mas o número que aparece no ecrã e o nome do remetente podem ser falsificados. Para ter a certeza, desligue e { $callback }.
verify-summary-domain-matches = Na sua lista de contactos, este domínio está registado para { $party }, mas o número que aparece no ecrã e o nome do remetente podem ser falsificados. Para ter a certeza, desligue e { $callback }.
verify-summary-unknown = O knownline não consegue confirmar se é mesmo { $party }. Desligue e { $callback }.
verify-step-even-if-matches = O número que aparece no ecrã e o nome do remetente podem ser falsificados: mesmo que tudo bata certo, desligue (ou não responda) e { $callback }.
verify-step-hang-up = Desligue, ou não responda. Não deve explicações a quem ligou.
verify-step-call-back = { $callback }.
verify-step-not-that-number = Não volte a ligar para o { $number }: quem atende são as mesmas pessoas que lho deram.
# { $statement } são as palavras da própria organização, citadas tal como as escreveu (em inglês).
verify-step-policy = { $org }, nas suas próprias palavras: { $statement }
verify-step-no-remote = Não deixe entrar no seu computador ninguém a quem não tenha ligado por iniciativa própria, e nunca diga códigos, palavras-passe nem números de cartão.
# { $where } é onde a organização pede que as burlas sejam denunciadas, tal como o diz (em inglês).
verify-step-report = Denuncie a burla: { $where }.
verify-step-tell-it = Informe { $it } do que aconteceu: assim, outras pessoas podem ser avisadas.
web-verify-call-on = { $name }, pelo { $number }

## As páginas do próprio apoio informático: pessoas e funções, registo de auditoria, campanhas.

code-analyst = Analista
web-users-title = Utilizadores e funções
web-invitation-for = Convite para { $email }
web-invitation-send = Envie este link à pessoa pelos seus próprios meios (funciona uma só vez, até { $until }). É ela que escolhe a palavra-passe. O link só é mostrado agora.
web-all-orgs = todas
web-invited-pending = Convite ainda por aceitar
web-until = até { $when }
web-invite = Convidar uma pessoa
web-role-help-member = verifica contactos, confirma quem ligou e faz comunicações; vê apenas as suas, o estado delas e as respostas do apoio informático
web-role-help-analyst = apoio informático das organizações escolhidas: faz a triagem das comunicações, lê e escreve notas privadas, edita as listas de contactos e as definições, e confirma entradas da lista partilhada de burlas
web-role-help-admin = tudo, em todas as organizações: pessoas e funções, organizações, importações e toda a lista partilhada de burlas
web-org-none = nenhuma (só administradores)
web-invite-make = Criar um link de convite
web-audit-intro = Quem alterou o quê, das alterações mais recentes para as mais antigas (as últimas 200).
web-col-when = Quando
web-col-who = Quem
web-col-what = O quê
web-col-on = Sobre
web-col-detail = Pormenores
web-campaigns-intro = Comunicações que têm em comum um número de telefone, um domínio ou quase as mesmas palavras, em todas as organizações que acompanha.
web-campaigns-none = Sem campanhas: ainda não há duas comunicações com algo em comum.
web-campaign-reports = { $count ->
    [one] 1 comunicação
   *[other] { $count } comunicações
}
web-campaign-orgs = { $count ->
    [one] 1 organização
   *[other] { $count } organizações
}
web-campaign-numbers = Números:
web-campaign-domains = Domínios:
web-campaign-same-words = Quase as mesmas palavras.
web-campaign-from-to = De { $from } a { $to }.
web-campaign-orgs-named = Organizações:
web-campaign-other-orgs = { $count ->
    [one] e mais 1
   *[other] e mais { $count }
}
web-campaign-warning = Aviso a todas as organizações afetadas
web-campaign-warn = Avisar todas
web-warned = Aviso enviado
web-warned-orgs = { $count ->
    [one] 1 organização foi avisada. As pessoas dessa organização veem o aviso da próxima vez que verificarem um contacto.
   *[other] { $count } organizações foram avisadas. As pessoas dessas organizações veem o aviso da próxima vez que verificarem um contacto.
}
web-back-to-campaigns = Voltar às campanhas

## As definições de uma organização (apoio informático).

web-orgs-none = Não acompanha nenhuma organização.
web-orgs-add = Adicionar uma organização
web-orgs-add-button = Adicionar organização
web-org-link-new = O novo link de verificação (só é mostrado uma vez; partilhe-o com as pessoas de { $org }):
web-org-secret-new = O segredo de assinatura do webhook (só é mostrado uma vez; quem recebe usa-o para verificar o X-Knownline-Signature):
web-org-link = Link de verificação
web-org-link-intro = Quem tiver o link pode comparar um contacto com a lista de contactos de { $org } e comunicá-lo a si, sem precisar de conta.
web-org-link-on = Há um link ativo. Se criar um novo, o anterior deixa de funcionar.
web-org-link-off = Não há nenhum link ativo.
web-org-link-make = Criar um novo link
web-org-link-stop = Desativar o link
web-org-reader = País e idioma
web-org-reader-intro = O que é dito às pessoas da sua organização: onde denunciar uma burla e para que números ligar (nenhum, se não houver país definido), e o idioma em que leem (sem idioma definido: o que cada pessoa escolheu, senão o do navegador, senão o do próprio contacto).
web-org-country = País
web-org-not-set = Não definido
web-org-language = Idioma
web-org-language-each = O que cada pessoa escolheu ou o idioma do navegador
web-org-reader-save = Guardar país e idioma
web-org-email = E-mail para o apoio informático
web-org-email-label = Endereço avisado das novas comunicações e dos avisos de campanhas (em branco: nenhum)
web-org-email-save = Guardar endereço
web-org-webhooks = Webhooks
web-none = Nenhum.
web-none-yet = Ainda nenhum.
web-org-col-format = Formato
web-org-col-where = Onde
web-org-col-added = Adicionado
web-org-webhook-remove = Remover o webhook { $id }
web-org-webhook-url = URL do webhook
web-org-webhook-body = Corpo
web-org-webhook-add = Adicionar webhook
web-org-deliveries = Últimas notificações
web-org-col-how = Como
web-org-col-to = Para
web-org-col-outcome = Resultado
web-org-attempts = { $count ->
    [one] após 1 tentativa
   *[other] após { $count } tentativas
}
web-org-failed = Falhou
web-org-retry = Tentar novamente
web-org-retry-named = Tentar novamente (notificação { $id })
web-org-waiting = Em espera
web-org-next-try = próxima tentativa: { $when }
web-org-delivered = Entregue

## A lista partilhada de burlas (apoio informático) e o que o resultado de uma confirmação faz nela.

web-list-title = Lista partilhada de burlas
web-list-intro = Números, domínios e links confirmados em burlas. As verificações de todas as organizações assinalam os que estão na lista. Quando um membro diz «era uma burla», é só uma sugestão até o apoio informático a confirmar; um valor que esteja numa lista de contactos de confiança nunca é assinalado.
web-list-conflicts = Conflitos com uma lista de contactos
web-list-kind = Tipo
web-list-contains = Contém
web-list-count = { $count ->
    [one] 1 na lista
   *[other] { $count } na lista
}
web-list-col-value = Valor
web-list-col-confirmed = Confirmado
web-list-col-suggested = Sugerido
web-list-col-hits = Contactos assinalados
web-list-col-sources = Origem
web-list-col-change = Alterar
web-list-conflict = conflito
web-list-times = { $count ->
    [one] uma vez
   *[other] { $count } vezes
}
web-list-suggested = sugerido
web-list-confirm = Confirmar
web-list-confirm-named = Confirmar { $value }
code-phone = Número de telefone
code-domain = Domínio
code-url = Link
code-import = Importação
code-incident = Comunicação
code-verification = Confirmação
web-outcome-genuine = Registado: ao voltar a ligar, confirmou que era verdadeiro. Nada é acrescentado à lista partilhada de burlas.
web-outcome-held = Registado como burla. O número ou endereço está numa lista de contactos de confiança, por isso não é assinalado: o seu apoio informático foi avisado do conflito e vai verificar essa entrada da lista.
web-outcome-listed = Registado como burla: o número e o remetente estão agora na lista partilhada de burlas e passam a ser assinalados em todas as verificações seguintes.
web-outcome-suggested = Registado como burla e enviado ao seu apoio informático, que decide se o número entra na lista partilhada de burlas. Conte-lhe o que aconteceu.

## The command line's verify answer.
cli-verify-number = número
cli-verify-domain = domínio
cli-verify-matches = coincide com a lista de contactos
cli-verify-no-match = NÃO coincide
cli-verify-unknown = desconhecido
cli-verify-no-org = (Sem --org, só foi usado o conhecimento incorporado. Acrescente a lista de contactos da sua organização para que o seu apoio informático seja indicado.)
cli-verify-recorded = Registado como verificação { $id }. Depois de voltar a ligar, registe como correu:
