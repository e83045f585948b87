<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Atendo::AttachmentChip</name>
    <message>
        <source>Remove attachment</source>
        <translation>Remover anexo</translation>
    </message>
    <message>
        <source>📎 %1 · %2</source>
        <translation>📎 %1 · %2</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Anexo %1</translation>
    </message>
</context>
<context>
    <name>Atendo::BoardAlertModel</name>
    <message>
        <source>conversation %1</source>
        <translation>conversa %1</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agente %1</translation>
    </message>
    <message>
        <source>%1 has waited %2 for a reply</source>
        <translation>%1 espera há %2 por uma resposta</translation>
    </message>
    <message>
        <source>The window with %1 closes in %2 and nobody has replied</source>
        <translation>A janela com %1 fecha em %2 e ninguém respondeu</translation>
    </message>
    <message>
        <source>The window with %1 closes within the hour and nobody has replied</source>
        <translation>A janela com %1 fecha dentro de uma hora e ninguém respondeu</translation>
    </message>
    <message>
        <source>%1 holds %2 open conversations, over a capacity of %3</source>
        <translation>%1 tem %2 conversas abertas, acima da capacidade de %3</translation>
    </message>
    <message>
        <source>%1 is over capacity</source>
        <translation>%1 está acima da capacidade</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting in the outbox</source>
        <translation>
            <numerusform>%n mensagem aguardando na fila de saída</numerusform>
            <numerusform>%n mensagens aguardando na fila de saída</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n send(s) failed at Meta in the last hour</source>
        <translation>
            <numerusform>%n envio falhou na Meta na última hora</numerusform>
            <numerusform>%n envios falharam na Meta na última hora</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Atendo::BoardRosterModel</name>
    <message>
        <source>Agent %1</source>
        <translation>Agente %1</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>Acima da capacidade</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presença</translation>
    </message>
    <message>
        <source>Open / capacity</source>
        <translation>Abertas / capacidade</translation>
    </message>
    <message>
        <source>Sent today</source>
        <translation>Enviadas hoje</translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation>Mediana da primeira resposta</translation>
    </message>
    <message>
        <source>Median response</source>
        <translation>Mediana de resposta</translation>
    </message>
</context>
<context>
    <name>Atendo::ChartBox</name>
    <message>
        <source>Show numbers</source>
        <translation>Mostrar números</translation>
    </message>
    <message>
        <source>Show chart</source>
        <translation>Mostrar gráfico</translation>
    </message>
</context>
<context>
    <name>Atendo::Composer</name>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>Modelo…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensagem</translation>
    </message>
    <message>
        <source>Send a template</source>
        <translation>Enviar um modelo</translation>
    </message>
    <message>
        <source>Choose an approved template (Ctrl+T)</source>
        <translation>Escolher um modelo aprovado (Ctrl+T)</translation>
    </message>
    <message>
        <source>Select a conversation</source>
        <translation>Selecione uma conversa</translation>
    </message>
    <message>
        <source>Type a reply — Enter sends, Shift+Enter for a new line, /shortcut for a quick reply</source>
        <translation>Digite uma resposta — Enter envia, Shift+Enter quebra a linha, /atalho para resposta rápida</translation>
    </message>
    <message>
        <source>Free text is locked: the 24-hour window is closed. Send an approved template instead.</source>
        <translation>Texto livre bloqueado: a janela de 24 horas está fechada. Envie um modelo aprovado.</translation>
    </message>
    <message>
        <source>This contact opted out and is not contactable. Nothing can be sent to them until they opt in again themselves.</source>
        <translation>Este contato se descadastrou e não pode ser contatado. Nada pode ser enviado até que ele mesmo faça opt-in de novo.</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Anexar…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Anexar um arquivo</translation>
    </message>
    <message>
        <source>Files WhatsApp accepts (*.jpg *.jpeg *.png *.pdf *.txt *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.mp3 *.ogg *.aac *.amr *.m4a *.mp4 *.3gp);;All files (*)</source>
        <translation>Arquivos aceitos pelo WhatsApp (*.jpg *.jpeg *.png *.pdf *.txt *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.mp3 *.ogg *.aac *.amr *.m4a *.mp4 *.3gp);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Attach an image, document, audio or video (Ctrl+Shift+A)</source>
        <translation>Anexar uma imagem, documento, áudio ou vídeo (Ctrl+Shift+A)</translation>
    </message>
</context>
<context>
    <name>Atendo::ConnectionStatus</name>
    <message>
        <source>Connection state</source>
        <translation>Estado da conexão</translation>
    </message>
    <message>
        <source>Your presence</source>
        <translation>Sua presença</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s…</source>
        <translation>Reconectando em %1 s…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>Atendo::ContactHitsProxy</name>
    <message>
        <source>%1 · open conversation</source>
        <translation>%1 · conversa aberta</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unnamed contact</source>
        <translation>Contato sem nome</translation>
    </message>
</context>
<context>
    <name>Atendo::ContactPanel</name>
    <message>
        <source>No contact selected</source>
        <translation>Nenhum contato selecionado</translation>
    </message>
    <message>
        <source>Number not shared</source>
        <translation>Número não compartilhado</translation>
    </message>
    <message>
        <source>Stopped by the customer</source>
        <translation>Bloqueado pelo cliente</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Permitido</translation>
    </message>
    <message>
        <source>This customer opted out. Nothing can be sent to them until they opt in again themselves.</source>
        <translation>Este cliente se descadastrou. Nada pode ser enviado até que ele mesmo faça opt-in de novo.</translation>
    </message>
    <message>
        <source>This customer opted out on %1. Nothing can be sent to them until they opt in again themselves.</source>
        <translation>Este cliente se descadastrou em %1. Nada pode ser enviado até que ele mesmo faça opt-in de novo.</translation>
    </message>
    <message>
        <source>The customer has already opted out.</source>
        <translation>O cliente já se descadastrou.</translation>
    </message>
    <message>
        <source>Use when the customer asks not to be contacted any more. Only the customer can opt in again.</source>
        <translation>Use quando o cliente pedir para não ser mais contatado. Só o próprio cliente pode fazer opt-in de novo.</translation>
    </message>
    <message>
        <source>Record opt-out</source>
        <translation>Registrar descadastro</translation>
    </message>
    <message>
        <source>Record that %1 asked not to be contacted any more?

Nobody will be able to send them anything until they opt in again themselves. This cannot be undone by an agent.</source>
        <translation>Registrar que %1 pediu para não ser mais contatado?

Ninguém poderá enviar nada a essa pessoa até que ela mesma faça opt-in de novo. Um agente não pode desfazer isso.</translation>
    </message>
    <message>
        <source>Customer asked an agent to stop messages</source>
        <translation>O cliente pediu a um agente para não receber mais mensagens</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · by %2</source>
        <translation>%1 · por %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>Atendo::ConversationPane</name>
    <message>
        <source>Claim</source>
        <translation>Assumir</translation>
    </message>
    <message>
        <source>Claim conversation</source>
        <translation>Assumir conversa</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Transferir…</translation>
    </message>
    <message>
        <source>Transfer conversation</source>
        <translation>Transferir conversa</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Resolve conversation</source>
        <translation>Resolver conversa</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Reopen conversation</source>
        <translation>Reabrir conversa</translation>
    </message>
    <message>
        <source>Resolve (Ctrl+Enter)</source>
        <translation>Resolver (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Nenhuma conversa selecionada</translation>
    </message>
    <message>
        <source>In the queue</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Atribuída a você</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Atribuída a %1</translation>
    </message>
    <message>
        <source>another agent</source>
        <translation>outro agente</translation>
    </message>
    <message>
        <source> · resolved</source>
        <translation> · resolvida</translation>
    </message>
</context>
<context>
    <name>Atendo::ConversationView</name>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
</context>
<context>
    <name>Atendo::CostPanel</name>
    <message>
        <source>Notifications by category</source>
        <translation>Notificações por categoria</translation>
    </message>
    <message>
        <source>Notifications by agent</source>
        <translation>Notificações por agente</translation>
    </message>
    <message>
        <source>Failed sends by Meta error</source>
        <translation>Envios com falha por erro da Meta</translation>
    </message>
    <message>
        <source>Templates by status and quality</source>
        <translation>Modelos por status e qualidade</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mês</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s) sent, estimated cost %1; Meta reported %2 billable. %3 failed send(s), %4 opt-out(s).</source>
        <translation>
            <numerusform>%n notificação enviada, custo estimado %1; a Meta informou %2 cobrável(is). %3 envio(s) com falha, %4 descadastro(s).</numerusform>
            <numerusform>%n notificações enviadas, custo estimado %1; a Meta informou %2 cobrável(is). %3 envio(s) com falha, %4 descadastro(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Atendo::InboxDelegate</name>
    <message>
        <source>⊘ %1</source>
        <translation>⊘ %1</translation>
    </message>
</context>
<context>
    <name>Atendo::InboxView</name>
    <message>
        <source>Inbox filter</source>
        <translation>Filtro da caixa de entrada</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Minhas</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sem agente</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Closing soon</source>
        <translation>Fechando logo</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fechadas</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolvidas</translation>
    </message>
    <message>
        <source>Search name, number or message (Ctrl+K)</source>
        <translation>Buscar nome, número ou mensagem (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Buscar conversas</translation>
    </message>
    <message>
        <source>Sort conversations</source>
        <translation>Ordenar conversas</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última atividade</translation>
    </message>
    <message>
        <source>Window expiry</source>
        <translation>Fim da janela</translation>
    </message>
    <message>
        <source>&quot;Window expiry&quot; lists the conversations to answer before their window closes first.</source>
        <translation>&quot;Fim da janela&quot; mostra primeiro as conversas a responder antes que a janela feche.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
</context>
<context>
    <name>Atendo::LeadBoardView</name>
    <message>
        <source>Waiting over</source>
        <translation>Aguardando mais de</translation>
    </message>
    <message>
        <source>Window closes within 1 h</source>
        <translation>Janela fecha em até 1 h</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Open conversations</source>
        <translation>Conversas abertas</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Qualquer estado</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Filter by agent</source>
        <translation>Filtrar por agente</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Every agent</source>
        <translation>Todos os agentes</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sem agente</translation>
    </message>
    <message>
        <source>Waiting for the board…</source>
        <translation>Aguardando o painel…</translation>
    </message>
    <message>
        <source>%1 open · %2 unassigned · %3 waiting (%4 over %5 min) · %6 window(s) closing · outbox %7, %8 failed in the last hour</source>
        <translation>%1 abertas · %2 sem agente · %3 aguardando (%4 há mais de %5 min) · %6 janela(s) fechando · fila de saída %7, %8 falha(s) na última hora</translation>
    </message>
</context>
<context>
    <name>Atendo::LeadConversationsModel</name>
    <message>
        <source>Unassigned</source>
        <translation>Sem agente</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agente %1</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fechada</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Window left</source>
        <translation>Janela restante</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última atividade</translation>
    </message>
</context>
<context>
    <name>Atendo::LeadMode</name>
    <message>
        <source>Team lead</source>
        <translation>Supervisão</translation>
    </message>
    <message>
        <source>Critical: team lead alert</source>
        <translation>Crítico: alerta da supervisão</translation>
    </message>
    <message>
        <source>Team lead alert</source>
        <translation>Alerta da supervisão</translation>
    </message>
    <message>
        <source>&amp;Team lead</source>
        <translation>&amp;Supervisão</translation>
    </message>
    <message>
        <source>Live &amp;board</source>
        <translation>&amp;Painel ao vivo</translation>
    </message>
    <message>
        <source>&amp;Cost and compliance</source>
        <translation>&amp;Custos e conformidade</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Gráficos</translation>
    </message>
</context>
<context>
    <name>Atendo::LeadPanel</name>
    <message>
        <source>Live board</source>
        <translation>Painel ao vivo</translation>
    </message>
    <message>
        <source>Cost and compliance</source>
        <translation>Custos e conformidade</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
</context>
<context>
    <name>Atendo::LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Usuário ou senha incorretos.</translation>
    </message>
    <message>
        <source>This console does not speak the server&apos;s protocol version. Please install the Atendo version your server runs.</source>
        <translation>Este console não fala a versão de protocolo do servidor. Instale a versão do Atendo usada no seu servidor.</translation>
    </message>
    <message>
        <source>Too many login attempts. Wait a minute and try again.</source>
        <translation>Tentativas de login demais. Aguarde um minuto e tente de novo.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (TLS): %2. Check the address (wss://) and the server&apos;s certificate.</source>
        <translation>A conexão segura com %1 falhou (TLS): %2. Verifique o endereço (wss://) e o certificado do servidor.</translation>
    </message>
    <message>
        <source>The server %1 was not found. Check the address.</source>
        <translation>O servidor %1 não foi encontrado. Verifique o endereço.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2. Check the address and your network.</source>
        <translation>Não foi possível acessar o servidor em %1: %2. Verifique o endereço e a sua rede.</translation>
    </message>
    <message>
        <source>Enter the server address, e.g. wss://atendo.example.com:7730/.</source>
        <translation>Informe o endereço do servidor, por exemplo wss://atendo.example.com:7730/.</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Informe seu usuário e sua senha.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Entrando…</translation>
    </message>
</context>
<context>
    <name>Atendo::MainWindow</name>
    <message>
        <source>Thank you for contacting us! Is there anything else I can help you with?</source>
        <translation>Obrigado por falar com a gente! Posso ajudar em algo mais?</translation>
    </message>
    <message>
        <source>One moment, please: I am checking this for you.</source>
        <translation>Um momento, por favor: estou verificando isso para você.</translation>
    </message>
    <message>
        <source>Have a great day!</source>
        <translation>Tenha um ótimo dia!</translation>
    </message>
    <message>
        <source>The new language applies the next time Atendo starts.</source>
        <translation>O novo idioma vale a partir da próxima vez que o Atendo abrir.</translation>
    </message>
    <message>
        <source>Atendo</source>
        <translation>Atendo</translation>
    </message>
    <message>
        <source>Atendo — %1</source>
        <translation>Atendo — %1</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>away</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>%1 (%2, %3 open)</source>
        <translation>%1 (%2, %3 abertas)</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>De volta para a fila</translation>
    </message>
    <message>
        <source>Transfer conversation</source>
        <translation>Transferir conversa</translation>
    </message>
    <message>
        <source>Transfer to:</source>
        <translation>Transferir para:</translation>
    </message>
    <message>
        <source>%1 about %2</source>
        <translation>%1 cerca de %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
</context>
<context>
    <name>Atendo::MessageDelegate</name>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Áudio</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Figurinha</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Internal note · %1</source>
        <translation>Nota interna · %1</translation>
    </message>
    <message>
        <source>Template · %1</source>
        <translation>Modelo · %1</translation>
    </message>
    <message>
        <source>(a message type this console cannot show)</source>
        <translation>(um tipo de mensagem que este console não consegue exibir)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
    </message>
    <message>
        <source>Location: %1 · Open map</source>
        <translation>Localização: %1 · Abrir mapa</translation>
    </message>
    <message>
        <source>Whisper from %1 · only agents see it</source>
        <translation>Sussurro de %1 · só agentes veem</translation>
    </message>
    <message>
        <source>Click to open</source>
        <translation>Clique para abrir</translation>
    </message>
</context>
<context>
    <name>Atendo::NewConversationDialog</name>
    <message>
        <source>Choose template…</source>
        <translation>Escolher modelo…</translation>
    </message>
    <message>
        <source>Choose this contact</source>
        <translation>Escolher este contato</translation>
    </message>
    <message>
        <source>Type at least 2 characters of a name or number.</source>
        <translation>Digite pelo menos 2 caracteres de um nome ou número.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>A busca falhou: %1</translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation>Nenhum contato corresponde a “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) found. Choose one who opted in.</source>
        <translation>
            <numerusform>%n contato encontrado. Escolha um que deu opt-in.</numerusform>
            <numerusform>%n contatos encontrados. Escolha um que deu opt-in.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Abrir conversa</translation>
    </message>
    <message>
        <source>%1 already has an open conversation: it opens, and a template can be sent there.</source>
        <translation>%1 já tem uma conversa aberta: ela será aberta, e um modelo pode ser enviado nela.</translation>
    </message>
    <message>
        <source>%1 opted in: choose the template to start with.</source>
        <translation>%1 deu opt-in: escolha o modelo para começar.</translation>
    </message>
</context>
<context>
    <name>Atendo::NewConversationFlow</name>
    <message>
        <source>&amp;New conversation…</source>
        <translation>&amp;Nova conversa…</translation>
    </message>
    <message>
        <source>Start a conversation with a contact who opted in</source>
        <translation>Iniciar uma conversa com um contato que deu opt-in</translation>
    </message>
    <message>
        <source>Start a conversation with %1</source>
        <translation>Iniciar uma conversa com %1</translation>
    </message>
</context>
<context>
    <name>Atendo::Notifier</name>
    <message>
        <source>Atendo</source>
        <translation>Atendo</translation>
    </message>
    <message>
        <source>New conversation in the queue</source>
        <translation>Nova conversa na fila</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New message from %1</source>
        <translation>Nova mensagem de %1</translation>
    </message>
    <message numerus="yes">
        <source>Atendo — %n unread message(s)</source>
        <translation>
            <numerusform>Atendo — %n mensagem não lida</numerusform>
            <numerusform>Atendo — %n mensagens não lidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Atendo::StatsCharts</name>
    <message>
        <source>Messages per hour</source>
        <translation>Mensagens por hora</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>mensagens</translation>
    </message>
    <message>
        <source>Waiting time before the first reply</source>
        <translation>Espera até a primeira resposta</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>conversas</translation>
    </message>
    <message>
        <source>Median first response per agent</source>
        <translation>Mediana da primeira resposta por agente</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
</context>
<context>
    <name>Atendo::StatsReport</name>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregues</translation>
    </message>
    <message>
        <source>Billable (Meta)</source>
        <translation>Cobráveis (Meta)</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Custo estimado</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Meta error</source>
        <translation>Erro da Meta</translation>
    </message>
    <message>
        <source>Failed sends</source>
        <translation>Envios com falha</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualidade</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Recebidas</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <source>Waited up to</source>
        <translation>Espera de até</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation>Mediana da primeira resposta</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Respostas</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agente %1</translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>mais de %1</translation>
    </message>
</context>
<context>
    <name>Atendo::StatsTableBox</name>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation>Exportar %1 como CSV</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>Atendo::SupervisionBar</name>
    <message>
        <source>Watch silently</source>
        <translation>Acompanhar em silêncio</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Sussurrar</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Assumir</translation>
    </message>
    <message>
        <source>Follow the conversation without a read receipt to the customer and without changing the agent&apos;s unread count</source>
        <translation>Acompanhe a conversa sem enviar confirmação de leitura ao cliente e sem mudar as não lidas do agente</translation>
    </message>
    <message>
        <source>Whisper to the agent (only agents see it)…</source>
        <translation>Sussurrar ao agente (só agentes veem)…</translation>
    </message>
    <message>
        <source>Whisper to the agent</source>
        <translation>Sussurrar ao agente</translation>
    </message>
    <message>
        <source>Assign this conversation to you, whoever holds it</source>
        <translation>Atribuir esta conversa a você, seja quem for o responsável</translation>
    </message>
    <message>
        <source>you</source>
        <translation>você</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>agente %1</translation>
    </message>
    <message>
        <source>Nobody else is viewing</source>
        <translation>Ninguém mais está vendo</translation>
    </message>
    <message>
        <source>Viewing: %1</source>
        <translation>Vendo: %1</translation>
    </message>
    <message>
        <source>%1 is typing: “%2”</source>
        <translation>%1 está digitando: “%2”</translation>
    </message>
</context>
<context>
    <name>Atendo::TemplatePickerDialog</name>
    <message>
        <source>Send template</source>
        <translation>Enviar modelo</translation>
    </message>
    <message>
        <source>NON-CONTACTABLE: this customer opted out. No template can be sent to them.</source>
        <translation>NÃO CONTATÁVEL: este cliente se descadastrou. Nenhum modelo pode ser enviado a ele.</translation>
    </message>
    <message>
        <source>This customer has no recorded opt-in and the 24-hour window is closed: no template can be sent until they write again or opt in themselves.</source>
        <translation>Este cliente não tem opt-in registrado e a janela de 24 horas está fechada: nenhum modelo pode ser enviado até que ele escreva de novo ou faça opt-in.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose an approved template on the left.</source>
        <translation>Escolha um modelo aprovado à esquerda.</translation>
    </message>
    <message>
        <source>Header video (link or media id)</source>
        <translation>Vídeo do cabeçalho (link ou ID de mídia)</translation>
    </message>
    <message>
        <source>Header document (link or media id)</source>
        <translation>Documento do cabeçalho (link ou ID de mídia)</translation>
    </message>
    <message>
        <source>Header image (link or media id)</source>
        <translation>Imagem do cabeçalho (link ou ID de mídia)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Link ending for button “%1”</source>
        <translation>Final do link do botão “%1”</translation>
    </message>
    <message>
        <source>Reply payload for button “%1”</source>
        <translation>Conteúdo de resposta do botão “%1”</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>Código do cupom</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Código de uso único</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Nome do local</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>%1 (e.g. %2)</source>
        <translation>%1 (ex.: %2)</translation>
    </message>
    <message>
        <source>Header: %1</source>
        <translation>Cabeçalho: %1</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (opcional)</translation>
    </message>
    <message>
        <source>This template has no variables.</source>
        <translation>Este modelo não tem variáveis.</translation>
    </message>
    <message>
        <source>Fill every variable correctly to send.</source>
        <translation>Preencha todas as variáveis corretamente para enviar.</translation>
    </message>
    <message>
        <source>Billed as %1: free inside the open 24-hour window.</source>
        <translation>Cobrado como %1: grátis dentro da janela de 24 horas aberta.</translation>
    </message>
    <message>
        <source>Billed as %1: about %2 per delivered message (estimate from the %3 rate card).</source>
        <translation>Cobrado como %1: cerca de %2 por mensagem entregue (estimativa da tabela de preços de %3).</translation>
    </message>
    <message>
        <source>Billed as %1 per delivered message.</source>
        <translation>Cobrado como %1 por mensagem entregue.</translation>
    </message>
</context>
<context>
    <name>Atendo::TemplatePreview</name>
    <message>
        <source>Template preview</source>
        <translation>Pré-visualização do modelo</translation>
    </message>
    <message>
        <source>[Image] %1</source>
        <translation>[Imagem] %1</translation>
    </message>
    <message>
        <source>[Video] %1</source>
        <translation>[Vídeo] %1</translation>
    </message>
    <message>
        <source>[Document] %1</source>
        <translation>[Documento] %1</translation>
    </message>
    <message>
        <source>[Location]</source>
        <translation>[Localização]</translation>
    </message>
    <message>
        <source>Choose a template to see it here.</source>
        <translation>Escolha um modelo para vê-lo aqui.</translation>
    </message>
</context>
<context>
    <name>Atendo::WindowBanner</name>
    <message>
        <source>Reply window</source>
        <translation>Janela de resposta</translation>
    </message>
    <message>
        <source>a paid template message</source>
        <translation>uma mensagem de modelo paga</translation>
    </message>
    <message>
        <source>The customer has not written yet. Only an approved template can be sent (billed as %1).</source>
        <translation>O cliente ainda não escreveu. Só é possível enviar um modelo aprovado (cobrado como %1).</translation>
    </message>
    <message>
        <source>The 24-hour window closed at %1. Only an approved template can be sent (billed as %2).</source>
        <translation>A janela de 24 horas fechou às %1. Só é possível enviar um modelo aprovado (cobrado como %2).</translation>
    </message>
    <message>
        <source>You can reply freely for %1</source>
        <translation>Você pode responder livremente por mais %1</translation>
    </message>
    <message>
        <source>Not contactable: this customer opted out. Nothing can be sent, whatever the window.</source>
        <translation>Não contatável: este cliente se descadastrou. Nada pode ser enviado, com ou sem janela aberta.</translation>
    </message>
</context>
<context>
    <name>ConsoleText</name>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Utilidade</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticação</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>Em análise</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitado</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>In appeal</source>
        <translation>Em recurso</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Excluído</translation>
    </message>
    <message>
        <source>Limit exceeded</source>
        <translation>Limite excedido</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arquivado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Still waiting for Meta&apos;s review.</source>
        <translation>Ainda aguardando a análise da Meta.</translation>
    </message>
    <message>
        <source>Meta rejected this template.</source>
        <translation>A Meta rejeitou este modelo.</translation>
    </message>
    <message>
        <source>Meta rejected this template (%1).</source>
        <translation>A Meta rejeitou este modelo (%1).</translation>
    </message>
    <message>
        <source>Meta paused this template because of its quality.</source>
        <translation>A Meta pausou este modelo por causa da qualidade.</translation>
    </message>
    <message>
        <source>Meta disabled this template.</source>
        <translation>A Meta desativou este modelo.</translation>
    </message>
    <message>
        <source>Its rejection is under appeal.</source>
        <translation>A rejeição está em recurso.</translation>
    </message>
    <message>
        <source>This template was deleted.</source>
        <translation>Este modelo foi excluído.</translation>
    </message>
    <message>
        <source>The account reached its template limit.</source>
        <translation>A conta atingiu o limite de modelos.</translation>
    </message>
    <message>
        <source>This template is archived.</source>
        <translation>Este modelo está arquivado.</translation>
    </message>
    <message>
        <source>Its status is unknown; only approved templates can be sent.</source>
        <translation>O status é desconhecido; só modelos aprovados podem ser enviados.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obrigatório</translation>
    </message>
    <message>
        <source>No line breaks allowed</source>
        <translation>Quebras de linha não são permitidas</translation>
    </message>
    <message>
        <source>No tabs allowed</source>
        <translation>Tabulações não são permitidas</translation>
    </message>
    <message>
        <source>At most 4 spaces in a row</source>
        <translation>No máximo 4 espaços seguidos</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>Longo demais</translation>
    </message>
    <message>
        <source>Must be an https:// link or a media id</source>
        <translation>Precisa ser um link https:// ou um ID de mídia</translation>
    </message>
    <message>
        <source>Not a valid value</source>
        <translation>Valor inválido</translation>
    </message>
    <message>
        <source>Not part of this template</source>
        <translation>Não faz parte deste modelo</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Com opt-in</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Descadastrado</translation>
    </message>
    <message>
        <source>No opt-in recorded</source>
        <translation>Sem opt-in registrado</translation>
    </message>
    <message>
        <source>Opt-in</source>
        <translation>Opt-in</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Descadastro</translation>
    </message>
    <message>
        <source>Stopped marketing</source>
        <translation>Parou de receber marketing</translation>
    </message>
    <message>
        <source>Resumed marketing</source>
        <translation>Voltou a aceitar marketing</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulário web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Landing page</translation>
    </message>
    <message>
        <source>Keyword in chat</source>
        <translation>Palavra-chave na conversa</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importação</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Agent, at the customer&apos;s request</source>
        <translation>Agente, a pedido do cliente</translation>
    </message>
    <message>
        <source>WhatsApp &quot;stop marketing&quot;</source>
        <translation>&quot;Parar marketing&quot; do WhatsApp</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agente %1</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>Chave de API %1</translation>
    </message>
    <message>
        <source>The server did not understand the request.</source>
        <translation>O servidor não entendeu a solicitação.</translation>
    </message>
    <message>
        <source>The server does not support this action.</source>
        <translation>O servidor não suporta esta ação.</translation>
    </message>
    <message>
        <source>The message is too large.</source>
        <translation>A mensagem é grande demais.</translation>
    </message>
    <message>
        <source>This console&apos;s version does not match the server. Please update Atendo.</source>
        <translation>A versão deste console não corresponde à do servidor. Atualize o Atendo.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Usuário ou senha incorretos.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Seu perfil não permite isso.</translation>
    </message>
    <message>
        <source>It no longer exists.</source>
        <translation>Isso não existe mais.</translation>
    </message>
    <message>
        <source>Someone else changed it first.</source>
        <translation>Outra pessoa alterou isso antes.</translation>
    </message>
    <message>
        <source>This conversation is not assigned to you.</source>
        <translation>Esta conversa não está atribuída a você.</translation>
    </message>
    <message>
        <source>The 24-hour window is closed: only an approved template can be sent.</source>
        <translation>A janela de 24 horas está fechada: só é possível enviar um modelo aprovado.</translation>
    </message>
    <message>
        <source>The contact opted out: nothing can be sent to them.</source>
        <translation>O contato se descadastrou: nada pode ser enviado a ele.</translation>
    </message>
    <message>
        <source>The contact never opted in and has no open window.</source>
        <translation>O contato nunca fez opt-in e não tem janela aberta.</translation>
    </message>
    <message>
        <source>The contact stopped marketing messages.</source>
        <translation>O contato pediu para não receber mensagens de marketing.</translation>
    </message>
    <message>
        <source>The template is not approved.</source>
        <translation>O modelo não está aprovado.</translation>
    </message>
    <message>
        <source>A template variable is missing or invalid.</source>
        <translation>Uma variável do modelo está faltando ou é inválida.</translation>
    </message>
    <message>
        <source>Too many requests; please wait a moment.</source>
        <translation>Solicitações demais; aguarde um momento.</translation>
    </message>
    <message>
        <source>The server failed; nothing was changed.</source>
        <translation>O servidor falhou; nada foi alterado.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lida</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Áudio</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Figurinha</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reação</translation>
    </message>
    <message>
        <source>Reply to options</source>
        <translation>Resposta a opções</translation>
    </message>
    <message>
        <source>Button reply</source>
        <translation>Resposta de botão</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Unsupported message</source>
        <translation>Mensagem não suportada</translation>
    </message>
    <message>
        <source>Opted out — cannot be contacted</source>
        <translation>Descadastrado — não pode ser contatado</translation>
    </message>
    <message>
        <source>No opt-in on record</source>
        <translation>Sem opt-in registrado</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nome do contato</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <source>NON-CONTACTABLE</source>
        <translation>NÃO CONTATÁVEL</translation>
    </message>
    <message>
        <source>Not contactable</source>
        <translation>Não contatável</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consentimento:</translation>
    </message>
    <message>
        <source>Consent state</source>
        <translation>Estado do consentimento</translation>
    </message>
    <message>
        <source>Marketing:</source>
        <translation>Marketing:</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Histórico de consentimento</translation>
    </message>
    <message>
        <source>Record opt-out (customer asked)…</source>
        <translation>Registrar descadastro (pedido do cliente)…</translation>
    </message>
    <message>
        <source>Record opt-out at the customer&apos;s request</source>
        <translation>Registrar descadastro a pedido do cliente</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
</context>
<context>
    <name>LeadText</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>away</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aberta</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolvida</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Utilidade</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticação</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Atendo — Log in</source>
        <translation>Atendo — Entrar</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>wss://atendo.example.com:7730/</source>
        <translation>wss://atendo.example.com:7730/</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>&amp;Remember me (password kept in the system keychain)</source>
        <translation>&amp;Lembrar de mim (senha guardada no chaveiro do sistema)</translation>
    </message>
    <message>
        <source>Login error</source>
        <translation>Erro de login</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Atendo</source>
        <translation>Atendo</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Caixa de entrada</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversa</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configurações</translation>
    </message>
    <message>
        <source>&amp;Language (after restart)</source>
        <translation>&amp;Idioma (após reiniciar)</translation>
    </message>
    <message>
        <source>&amp;Search conversations</source>
        <translation>&amp;Buscar conversas</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Buscar conversas</translation>
    </message>
    <message>
        <source>Send &amp;template…</source>
        <translation>Enviar &amp;modelo…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Open the template picker</source>
        <translation>Abrir o seletor de modelos</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>Conversa &amp;anterior</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Conversa anterior</translation>
    </message>
    <message>
        <source>&amp;Next conversation</source>
        <translation>&amp;Próxima conversa</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Próxima conversa</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Assumir</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Claim conversation</source>
        <translation>Assumir conversa</translation>
    </message>
    <message>
        <source>T&amp;ransfer…</source>
        <translation>T&amp;ransferir…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Transfer conversation</source>
        <translation>Transferir conversa</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Resolver</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Resolve conversation</source>
        <translation>Resolver conversa</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Re&amp;abrir</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Reopen conversation</source>
        <translation>Reabrir conversa</translation>
    </message>
    <message>
        <source>&amp;Write a reply</source>
        <translation>&amp;Escrever resposta</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Focus the message editor</source>
        <translation>Ir para o editor de mensagem</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Quit Atendo</source>
        <translation>Sair do Atendo</translation>
    </message>
    <message>
        <source>Desktop &amp;notifications</source>
        <translation>&amp;Notificações na área de trabalho</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Notificações na área de trabalho</translation>
    </message>
    <message>
        <source>Notification &amp;sound</source>
        <translation>&amp;Som de notificação</translation>
    </message>
    <message>
        <source>Notification sound</source>
        <translation>Som de notificação</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Seguir o &amp;sistema</translation>
    </message>
    <message>
        <source>Language: follow the system</source>
        <translation>Idioma: seguir o sistema</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>&amp;English</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <source>&amp;Português (Brasil)</source>
        <translation>&amp;Português (Brasil)</translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation>Português (Brasil)</translation>
    </message>
    <message>
        <source>&amp;Español</source>
        <translation>&amp;Español</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espanhol</translation>
    </message>
</context>
<context>
    <name>NewConversationDialog</name>
    <message>
        <source>New conversation</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <source>Find the customer by name or number. A conversation can be started only with a customer who opted in, and only with an approved template.</source>
        <translation>Encontre o cliente pelo nome ou número. Só é possível iniciar uma conversa com um cliente que deu opt-in, e só com um modelo aprovado.</translation>
    </message>
    <message>
        <source>Name or phone number (at least 2 characters)</source>
        <translation>Nome ou telefone (pelo menos 2 caracteres)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contatos</translation>
    </message>
    <message>
        <source>Contacts found</source>
        <translation>Contatos encontrados</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Situação da busca</translation>
    </message>
</context>
<context>
    <name>TemplatePickerDialog</name>
    <message>
        <source>Send a template</source>
        <translation>Enviar um modelo</translation>
    </message>
    <message>
        <source>Search by name, text, language or category</source>
        <translation>Buscar por nome, texto, idioma ou categoria</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Buscar modelos</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Template variables</source>
        <translation>Variáveis do modelo</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <source>Billing notice</source>
        <translation>Aviso de cobrança</translation>
    </message>
</context>
<context>
    <name>WindowCountdown</name>
    <message>
        <source>closed</source>
        <translation>fechada</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
</TS>
