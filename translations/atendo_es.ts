<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Atendo::AttachmentChip</name>
    <message>
        <source>Remove attachment</source>
        <translation>Quitar adjunto</translation>
    </message>
    <message>
        <source>📎 %1 · %2</source>
        <translation>📎 %1 · %2</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Adjunto %1</translation>
    </message>
</context>
<context>
    <name>Atendo::BoardAlertModel</name>
    <message>
        <source>conversation %1</source>
        <translation>conversación %1</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agente %1</translation>
    </message>
    <message>
        <source>%1 has waited %2 for a reply</source>
        <translation>%1 lleva %2 esperando una respuesta</translation>
    </message>
    <message>
        <source>The window with %1 closes in %2 and nobody has replied</source>
        <translation>La ventana con %1 cierra en %2 y nadie ha respondido</translation>
    </message>
    <message>
        <source>The window with %1 closes within the hour and nobody has replied</source>
        <translation>La ventana con %1 cierra en menos de una hora y nadie ha respondido</translation>
    </message>
    <message>
        <source>%1 holds %2 open conversations, over a capacity of %3</source>
        <translation>%1 tiene %2 conversaciones abiertas, por encima de su capacidad de %3</translation>
    </message>
    <message>
        <source>%1 is over capacity</source>
        <translation>%1 supera su capacidad</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting in the outbox</source>
        <translation>
            <numerusform>%n mensaje esperando en la cola de salida</numerusform>
            <numerusform>%n mensajes esperando en la cola de salida</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n send(s) failed at Meta in the last hour</source>
        <translation>
            <numerusform>%n envío falló en Meta en la última hora</numerusform>
            <numerusform>%n envíos fallaron en Meta en la última hora</numerusform>
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
        <translation>Por encima de la capacidad</translation>
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
        <translation>Presencia</translation>
    </message>
    <message>
        <source>Open / capacity</source>
        <translation>Abiertas / capacidad</translation>
    </message>
    <message>
        <source>Sent today</source>
        <translation>Enviados hoy</translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation>Mediana de la primera respuesta</translation>
    </message>
    <message>
        <source>Median response</source>
        <translation>Mediana de respuesta</translation>
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
        <translation>Plantilla…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message>
        <source>Send a template</source>
        <translation>Enviar una plantilla</translation>
    </message>
    <message>
        <source>Choose an approved template (Ctrl+T)</source>
        <translation>Elegir una plantilla aprobada (Ctrl+T)</translation>
    </message>
    <message>
        <source>Select a conversation</source>
        <translation>Selecciona una conversación</translation>
    </message>
    <message>
        <source>Type a reply — Enter sends, Shift+Enter for a new line, /shortcut for a quick reply</source>
        <translation>Escribe una respuesta — Enter envía, Shift+Enter salta de línea, /atajo para respuesta rápida</translation>
    </message>
    <message>
        <source>Free text is locked: the 24-hour window is closed. Send an approved template instead.</source>
        <translation>Texto libre bloqueado: la ventana de 24 horas está cerrada. Envía una plantilla aprobada.</translation>
    </message>
    <message>
        <source>This contact opted out and is not contactable. Nothing can be sent to them until they opt in again themselves.</source>
        <translation>Este contacto se dio de baja y no es contactable. No se le puede enviar nada hasta que vuelva a dar su opt-in por sí mismo.</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Adjuntar…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <source>Files WhatsApp accepts (*.jpg *.jpeg *.png *.pdf *.txt *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.mp3 *.ogg *.aac *.amr *.m4a *.mp4 *.3gp);;All files (*)</source>
        <translation>Archivos que acepta WhatsApp (*.jpg *.jpeg *.png *.pdf *.txt *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.mp3 *.ogg *.aac *.amr *.m4a *.mp4 *.3gp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Attach an image, document, audio or video (Ctrl+Shift+A)</source>
        <translation>Adjuntar una imagen, documento, audio o vídeo (Ctrl+Shift+A)</translation>
    </message>
</context>
<context>
    <name>Atendo::ConnectionStatus</name>
    <message>
        <source>Connection state</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>Your presence</source>
        <translation>Tu presencia</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
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
        <translation>Reconectando en %1 s…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
</context>
<context>
    <name>Atendo::ContactHitsProxy</name>
    <message>
        <source>%1 · open conversation</source>
        <translation>%1 · conversación abierta</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unnamed contact</source>
        <translation>Contacto sin nombre</translation>
    </message>
</context>
<context>
    <name>Atendo::ContactPanel</name>
    <message>
        <source>No contact selected</source>
        <translation>Ningún contacto seleccionado</translation>
    </message>
    <message>
        <source>Number not shared</source>
        <translation>Número no compartido</translation>
    </message>
    <message>
        <source>Stopped by the customer</source>
        <translation>Detenido por el cliente</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Permitido</translation>
    </message>
    <message>
        <source>This customer opted out. Nothing can be sent to them until they opt in again themselves.</source>
        <translation>Este cliente se dio de baja. No se le puede enviar nada hasta que vuelva a dar su opt-in por sí mismo.</translation>
    </message>
    <message>
        <source>This customer opted out on %1. Nothing can be sent to them until they opt in again themselves.</source>
        <translation>Este cliente se dio de baja el %1. No se le puede enviar nada hasta que vuelva a dar su opt-in por sí mismo.</translation>
    </message>
    <message>
        <source>The customer has already opted out.</source>
        <translation>El cliente ya se dio de baja.</translation>
    </message>
    <message>
        <source>Use when the customer asks not to be contacted any more. Only the customer can opt in again.</source>
        <translation>Úsalo cuando el cliente pida no ser contactado más. Solo el propio cliente puede volver a dar su opt-in.</translation>
    </message>
    <message>
        <source>Record opt-out</source>
        <translation>Registrar baja</translation>
    </message>
    <message>
        <source>Record that %1 asked not to be contacted any more?

Nobody will be able to send them anything until they opt in again themselves. This cannot be undone by an agent.</source>
        <translation>¿Registrar que %1 pidió no ser contactado nunca más?

Nadie podrá enviarle nada hasta que vuelva a dar su consentimiento por sí mismo. Un agente no puede deshacerlo.</translation>
    </message>
    <message>
        <source>Customer asked an agent to stop messages</source>
        <translation>El cliente pidió a un agente no recibir más mensajes</translation>
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
        <translation>«%1»</translation>
    </message>
</context>
<context>
    <name>Atendo::ConversationPane</name>
    <message>
        <source>Claim</source>
        <translation>Tomar</translation>
    </message>
    <message>
        <source>Claim conversation</source>
        <translation>Tomar conversación</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Transferir…</translation>
    </message>
    <message>
        <source>Transfer conversation</source>
        <translation>Transferir conversación</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Resolve conversation</source>
        <translation>Resolver conversación</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Reopen conversation</source>
        <translation>Reabrir conversación</translation>
    </message>
    <message>
        <source>Resolve (Ctrl+Enter)</source>
        <translation>Resolver (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Ninguna conversación seleccionada</translation>
    </message>
    <message>
        <source>In the queue</source>
        <translation>En la cola</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Asignada a ti</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Asignada a %1</translation>
    </message>
    <message>
        <source>another agent</source>
        <translation>otro agente</translation>
    </message>
    <message>
        <source> · resolved</source>
        <translation> · resuelta</translation>
    </message>
</context>
<context>
    <name>Atendo::ConversationView</name>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
</context>
<context>
    <name>Atendo::CostPanel</name>
    <message>
        <source>Notifications by category</source>
        <translation>Notificaciones por categoría</translation>
    </message>
    <message>
        <source>Notifications by agent</source>
        <translation>Notificaciones por agente</translation>
    </message>
    <message>
        <source>Failed sends by Meta error</source>
        <translation>Envíos fallidos por error de Meta</translation>
    </message>
    <message>
        <source>Templates by status and quality</source>
        <translation>Plantillas por estado y calidad</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s) sent, estimated cost %1; Meta reported %2 billable. %3 failed send(s), %4 opt-out(s).</source>
        <translation>
            <numerusform>%n notificación enviada, coste estimado %1; Meta informó %2 facturable(s). %3 envío(s) fallido(s), %4 baja(s).</numerusform>
            <numerusform>%n notificaciones enviadas, coste estimado %1; Meta informó %2 facturable(s). %3 envío(s) fallido(s), %4 baja(s).</numerusform>
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
        <translation>Filtro de la bandeja de entrada</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mías</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Closing soon</source>
        <translation>Cierran pronto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerradas</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resueltas</translation>
    </message>
    <message>
        <source>Search name, number or message (Ctrl+K)</source>
        <translation>Buscar nombre, número o mensaje (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <source>Sort conversations</source>
        <translation>Ordenar conversaciones</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Window expiry</source>
        <translation>Fin de la ventana</translation>
    </message>
    <message>
        <source>&quot;Window expiry&quot; lists the conversations to answer before their window closes first.</source>
        <translation>&quot;Fin de la ventana&quot; muestra primero las conversaciones a responder antes de que cierre su ventana.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
</context>
<context>
    <name>Atendo::LeadBoardView</name>
    <message>
        <source>Waiting over</source>
        <translation>Esperando más de</translation>
    </message>
    <message>
        <source>Window closes within 1 h</source>
        <translation>La ventana cierra en menos de 1 h</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Open conversations</source>
        <translation>Conversaciones abiertas</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Cualquier estado</translation>
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
        <translation>Todos los agentes</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Waiting for the board…</source>
        <translation>Esperando el panel…</translation>
    </message>
    <message>
        <source>%1 open · %2 unassigned · %3 waiting (%4 over %5 min) · %6 window(s) closing · outbox %7, %8 failed in the last hour</source>
        <translation>%1 abiertas · %2 sin asignar · %3 esperando (%4 más de %5 min) · %6 ventana(s) por cerrar · cola de salida %7, %8 fallo(s) en la última hora</translation>
    </message>
</context>
<context>
    <name>Atendo::LeadConversationsModel</name>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agente %1</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Esperando</translation>
    </message>
    <message>
        <source>Window left</source>
        <translation>Ventana restante</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
</context>
<context>
    <name>Atendo::LeadMode</name>
    <message>
        <source>Team lead</source>
        <translation>Supervisión</translation>
    </message>
    <message>
        <source>Critical: team lead alert</source>
        <translation>Crítico: alerta de supervisión</translation>
    </message>
    <message>
        <source>Team lead alert</source>
        <translation>Alerta de supervisión</translation>
    </message>
    <message>
        <source>&amp;Team lead</source>
        <translation>&amp;Supervisión</translation>
    </message>
    <message>
        <source>Live &amp;board</source>
        <translation>&amp;Panel en vivo</translation>
    </message>
    <message>
        <source>&amp;Cost and compliance</source>
        <translation>&amp;Costes y cumplimiento</translation>
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
        <translation>Panel en vivo</translation>
    </message>
    <message>
        <source>Cost and compliance</source>
        <translation>Costes y cumplimiento</translation>
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
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>This console does not speak the server&apos;s protocol version. Please install the Atendo version your server runs.</source>
        <translation>Esta consola no habla la versión de protocolo del servidor. Instala la versión de Atendo que usa tu servidor.</translation>
    </message>
    <message>
        <source>Too many login attempts. Wait a minute and try again.</source>
        <translation>Demasiados intentos de inicio de sesión. Espera un minuto y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (TLS): %2. Check the address (wss://) and the server&apos;s certificate.</source>
        <translation>La conexión segura con %1 falló (TLS): %2. Revisa la dirección (wss://) y el certificado del servidor.</translation>
    </message>
    <message>
        <source>The server %1 was not found. Check the address.</source>
        <translation>No se encontró el servidor %1. Revisa la dirección.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2. Check the address and your network.</source>
        <translation>No se puede acceder al servidor en %1: %2. Revisa la dirección y tu red.</translation>
    </message>
    <message>
        <source>Enter the server address, e.g. wss://atendo.example.com:7730/.</source>
        <translation>Escribe la dirección del servidor, por ejemplo wss://atendo.example.com:7730/.</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Escribe tu usuario y tu contraseña.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
</context>
<context>
    <name>Atendo::MainWindow</name>
    <message>
        <source>Thank you for contacting us! Is there anything else I can help you with?</source>
        <translation>¡Gracias por escribirnos! ¿Te puedo ayudar en algo más?</translation>
    </message>
    <message>
        <source>One moment, please: I am checking this for you.</source>
        <translation>Un momento, por favor: lo estoy revisando.</translation>
    </message>
    <message>
        <source>Have a great day!</source>
        <translation>¡Que tengas un excelente día!</translation>
    </message>
    <message>
        <source>The new language applies the next time Atendo starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se abra Atendo.</translation>
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
        <translation>en línea</translation>
    </message>
    <message>
        <source>away</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>desconectado</translation>
    </message>
    <message>
        <source>%1 (%2, %3 open)</source>
        <translation>%1 (%2, %3 abiertas)</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>De vuelta a la cola</translation>
    </message>
    <message>
        <source>Transfer conversation</source>
        <translation>Transferir conversación</translation>
    </message>
    <message>
        <source>Transfer to:</source>
        <translation>Transferir a:</translation>
    </message>
    <message>
        <source>%1 about %2</source>
        <translation>%1 aprox. %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
</context>
<context>
    <name>Atendo::MessageDelegate</name>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Sticker</translation>
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
        <translation>Plantilla · %1</translation>
    </message>
    <message>
        <source>(a message type this console cannot show)</source>
        <translation>(un tipo de mensaje que esta consola no puede mostrar)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <source>Location: %1 · Open map</source>
        <translation>Ubicación: %1 · Abrir mapa</translation>
    </message>
    <message>
        <source>Whisper from %1 · only agents see it</source>
        <translation>Susurro de %1 · solo lo ven los agentes</translation>
    </message>
    <message>
        <source>Click to open</source>
        <translation>Haz clic para abrir</translation>
    </message>
</context>
<context>
    <name>Atendo::NewConversationDialog</name>
    <message>
        <source>Choose template…</source>
        <translation>Elegir plantilla…</translation>
    </message>
    <message>
        <source>Choose this contact</source>
        <translation>Elegir este contacto</translation>
    </message>
    <message>
        <source>Type at least 2 characters of a name or number.</source>
        <translation>Escriba al menos 2 caracteres de un nombre o número.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation>Ningún contacto coincide con “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) found. Choose one who opted in.</source>
        <translation>
            <numerusform>%n contacto encontrado. Elija uno que dio su opt-in.</numerusform>
            <numerusform>%n contactos encontrados. Elija uno que dio su opt-in.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Abrir conversación</translation>
    </message>
    <message>
        <source>%1 already has an open conversation: it opens, and a template can be sent there.</source>
        <translation>%1 ya tiene una conversación abierta: se abrirá, y allí se puede enviar una plantilla.</translation>
    </message>
    <message>
        <source>%1 opted in: choose the template to start with.</source>
        <translation>%1 dio su opt-in: elija la plantilla para empezar.</translation>
    </message>
</context>
<context>
    <name>Atendo::NewConversationFlow</name>
    <message>
        <source>&amp;New conversation…</source>
        <translation>&amp;Nueva conversación…</translation>
    </message>
    <message>
        <source>Start a conversation with a contact who opted in</source>
        <translation>Iniciar una conversación con un contacto que dio su opt-in</translation>
    </message>
    <message>
        <source>Start a conversation with %1</source>
        <translation>Iniciar una conversación con %1</translation>
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
        <translation>Nueva conversación en la cola</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New message from %1</source>
        <translation>Nuevo mensaje de %1</translation>
    </message>
    <message numerus="yes">
        <source>Atendo — %n unread message(s)</source>
        <translation>
            <numerusform>Atendo — %n mensaje sin leer</numerusform>
            <numerusform>Atendo — %n mensajes sin leer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Atendo::StatsCharts</name>
    <message>
        <source>Messages per hour</source>
        <translation>Mensajes por hora</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>mensajes</translation>
    </message>
    <message>
        <source>Waiting time before the first reply</source>
        <translation>Espera hasta la primera respuesta</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>conversaciones</translation>
    </message>
    <message>
        <source>Median first response per agent</source>
        <translation>Mediana de la primera respuesta por agente</translation>
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
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Billable (Meta)</source>
        <translation>Facturables (Meta)</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Coste estimado</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Meta error</source>
        <translation>Error de Meta</translation>
    </message>
    <message>
        <source>Failed sends</source>
        <translation>Envíos fallidos</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Waited up to</source>
        <translation>Espera de hasta</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation>Mediana de la primera respuesta</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agente %1</translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>más de %1</translation>
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
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Atendo::SupervisionBar</name>
    <message>
        <source>Watch silently</source>
        <translation>Observar en silencio</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Susurrar</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Tomar el control</translation>
    </message>
    <message>
        <source>Follow the conversation without a read receipt to the customer and without changing the agent&apos;s unread count</source>
        <translation>Siga la conversación sin confirmación de lectura al cliente y sin cambiar los no leídos del agente</translation>
    </message>
    <message>
        <source>Whisper to the agent (only agents see it)…</source>
        <translation>Susurrar al agente (solo lo ven los agentes)…</translation>
    </message>
    <message>
        <source>Whisper to the agent</source>
        <translation>Susurrar al agente</translation>
    </message>
    <message>
        <source>Assign this conversation to you, whoever holds it</source>
        <translation>Asignarte esta conversación, la tenga quien la tenga</translation>
    </message>
    <message>
        <source>you</source>
        <translation>tú</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>agente %1</translation>
    </message>
    <message>
        <source>Nobody else is viewing</source>
        <translation>Nadie más la está viendo</translation>
    </message>
    <message>
        <source>Viewing: %1</source>
        <translation>Viendo: %1</translation>
    </message>
    <message>
        <source>%1 is typing: “%2”</source>
        <translation>%1 está escribiendo: “%2”</translation>
    </message>
</context>
<context>
    <name>Atendo::TemplatePickerDialog</name>
    <message>
        <source>Send template</source>
        <translation>Enviar plantilla</translation>
    </message>
    <message>
        <source>NON-CONTACTABLE: this customer opted out. No template can be sent to them.</source>
        <translation>NO CONTACTABLE: este cliente se dio de baja. No se le puede enviar ninguna plantilla.</translation>
    </message>
    <message>
        <source>This customer has no recorded opt-in and the 24-hour window is closed: no template can be sent until they write again or opt in themselves.</source>
        <translation>Este cliente no tiene opt-in registrado y la ventana de 24 horas está cerrada: no se puede enviar ninguna plantilla hasta que vuelva a escribir o dé su opt-in.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose an approved template on the left.</source>
        <translation>Elige una plantilla aprobada a la izquierda.</translation>
    </message>
    <message>
        <source>Header video (link or media id)</source>
        <translation>Video del encabezado (enlace o ID de medio)</translation>
    </message>
    <message>
        <source>Header document (link or media id)</source>
        <translation>Documento del encabezado (enlace o ID de medio)</translation>
    </message>
    <message>
        <source>Header image (link or media id)</source>
        <translation>Imagen del encabezado (enlace o ID de medio)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Link ending for button “%1”</source>
        <translation>Final del enlace del botón «%1»</translation>
    </message>
    <message>
        <source>Reply payload for button “%1”</source>
        <translation>Contenido de respuesta del botón «%1»</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>Código del cupón</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Código de un solo uso</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Nombre del lugar</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>%1 (e.g. %2)</source>
        <translation>%1 (p. ej.: %2)</translation>
    </message>
    <message>
        <source>Header: %1</source>
        <translation>Encabezado: %1</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (opcional)</translation>
    </message>
    <message>
        <source>This template has no variables.</source>
        <translation>Esta plantilla no tiene variables.</translation>
    </message>
    <message>
        <source>Fill every variable correctly to send.</source>
        <translation>Completa todas las variables correctamente para enviar.</translation>
    </message>
    <message>
        <source>Billed as %1: free inside the open 24-hour window.</source>
        <translation>Se cobra como %1: gratis dentro de la ventana de 24 horas abierta.</translation>
    </message>
    <message>
        <source>Billed as %1: about %2 per delivered message (estimate from the %3 rate card).</source>
        <translation>Se cobra como %1: aprox. %2 por mensaje entregado (estimación de la tarifa del %3).</translation>
    </message>
    <message>
        <source>Billed as %1 per delivered message.</source>
        <translation>Se cobra como %1 por mensaje entregado.</translation>
    </message>
</context>
<context>
    <name>Atendo::TemplatePreview</name>
    <message>
        <source>Template preview</source>
        <translation>Vista previa de la plantilla</translation>
    </message>
    <message>
        <source>[Image] %1</source>
        <translation>[Imagen] %1</translation>
    </message>
    <message>
        <source>[Video] %1</source>
        <translation>[Video] %1</translation>
    </message>
    <message>
        <source>[Document] %1</source>
        <translation>[Documento] %1</translation>
    </message>
    <message>
        <source>[Location]</source>
        <translation>[Ubicación]</translation>
    </message>
    <message>
        <source>Choose a template to see it here.</source>
        <translation>Elige una plantilla para verla aquí.</translation>
    </message>
</context>
<context>
    <name>Atendo::WindowBanner</name>
    <message>
        <source>Reply window</source>
        <translation>Ventana de respuesta</translation>
    </message>
    <message>
        <source>a paid template message</source>
        <translation>un mensaje de plantilla de pago</translation>
    </message>
    <message>
        <source>The customer has not written yet. Only an approved template can be sent (billed as %1).</source>
        <translation>El cliente todavía no escribió. Solo se puede enviar una plantilla aprobada (se cobra como %1).</translation>
    </message>
    <message>
        <source>The 24-hour window closed at %1. Only an approved template can be sent (billed as %2).</source>
        <translation>La ventana de 24 horas se cerró a las %1. Solo se puede enviar una plantilla aprobada (se cobra como %2).</translation>
    </message>
    <message>
        <source>You can reply freely for %1</source>
        <translation>Puedes responder libremente durante %1</translation>
    </message>
    <message>
        <source>Not contactable: this customer opted out. Nothing can be sent, whatever the window.</source>
        <translation>No contactable: este cliente se dio de baja. No se puede enviar nada, esté abierta o no la ventana.</translation>
    </message>
</context>
<context>
    <name>ConsoleText</name>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Utilidad</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausada</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>In appeal</source>
        <translation>En apelación</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <source>Limit exceeded</source>
        <translation>Límite superado</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivada</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Still waiting for Meta&apos;s review.</source>
        <translation>Todavía en revisión por Meta.</translation>
    </message>
    <message>
        <source>Meta rejected this template.</source>
        <translation>Meta rechazó esta plantilla.</translation>
    </message>
    <message>
        <source>Meta rejected this template (%1).</source>
        <translation>Meta rechazó esta plantilla (%1).</translation>
    </message>
    <message>
        <source>Meta paused this template because of its quality.</source>
        <translation>Meta pausó esta plantilla por su calidad.</translation>
    </message>
    <message>
        <source>Meta disabled this template.</source>
        <translation>Meta desactivó esta plantilla.</translation>
    </message>
    <message>
        <source>Its rejection is under appeal.</source>
        <translation>Su rechazo está en apelación.</translation>
    </message>
    <message>
        <source>This template was deleted.</source>
        <translation>Esta plantilla fue eliminada.</translation>
    </message>
    <message>
        <source>The account reached its template limit.</source>
        <translation>La cuenta alcanzó su límite de plantillas.</translation>
    </message>
    <message>
        <source>This template is archived.</source>
        <translation>Esta plantilla está archivada.</translation>
    </message>
    <message>
        <source>Its status is unknown; only approved templates can be sent.</source>
        <translation>Su estado es desconocido; solo se pueden enviar plantillas aprobadas.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>No line breaks allowed</source>
        <translation>No se permiten saltos de línea</translation>
    </message>
    <message>
        <source>No tabs allowed</source>
        <translation>No se permiten tabulaciones</translation>
    </message>
    <message>
        <source>At most 4 spaces in a row</source>
        <translation>Como máximo 4 espacios seguidos</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>Demasiado largo</translation>
    </message>
    <message>
        <source>Must be an https:// link or a media id</source>
        <translation>Debe ser un enlace https:// o un ID de medio</translation>
    </message>
    <message>
        <source>Not a valid value</source>
        <translation>Valor no válido</translation>
    </message>
    <message>
        <source>Not part of this template</source>
        <translation>No forma parte de esta plantilla</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Con opt-in</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>No opt-in recorded</source>
        <translation>Sin opt-in registrado</translation>
    </message>
    <message>
        <source>Opt-in</source>
        <translation>Opt-in</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Stopped marketing</source>
        <translation>Dejó de recibir marketing</translation>
    </message>
    <message>
        <source>Resumed marketing</source>
        <translation>Volvió a aceptar marketing</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulario web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Página de destino</translation>
    </message>
    <message>
        <source>Keyword in chat</source>
        <translation>Palabra clave en el chat</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Agent, at the customer&apos;s request</source>
        <translation>Agente, a pedido del cliente</translation>
    </message>
    <message>
        <source>WhatsApp &quot;stop marketing&quot;</source>
        <translation>&quot;Detener marketing&quot; de WhatsApp</translation>
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
        <translation>Clave de API %1</translation>
    </message>
    <message>
        <source>The server did not understand the request.</source>
        <translation>El servidor no entendió la solicitud.</translation>
    </message>
    <message>
        <source>The server does not support this action.</source>
        <translation>El servidor no admite esta acción.</translation>
    </message>
    <message>
        <source>The message is too large.</source>
        <translation>El mensaje es demasiado grande.</translation>
    </message>
    <message>
        <source>This console&apos;s version does not match the server. Please update Atendo.</source>
        <translation>La versión de esta consola no coincide con la del servidor. Actualiza Atendo.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Tu rol no lo permite.</translation>
    </message>
    <message>
        <source>It no longer exists.</source>
        <translation>Ya no existe.</translation>
    </message>
    <message>
        <source>Someone else changed it first.</source>
        <translation>Otra persona lo cambió antes.</translation>
    </message>
    <message>
        <source>This conversation is not assigned to you.</source>
        <translation>Esta conversación no está asignada a ti.</translation>
    </message>
    <message>
        <source>The 24-hour window is closed: only an approved template can be sent.</source>
        <translation>La ventana de 24 horas está cerrada: solo se puede enviar una plantilla aprobada.</translation>
    </message>
    <message>
        <source>The contact opted out: nothing can be sent to them.</source>
        <translation>El contacto se dio de baja: no se le puede enviar nada.</translation>
    </message>
    <message>
        <source>The contact never opted in and has no open window.</source>
        <translation>El contacto nunca dio su opt-in y no tiene ventana abierta.</translation>
    </message>
    <message>
        <source>The contact stopped marketing messages.</source>
        <translation>El contacto pidió no recibir mensajes de marketing.</translation>
    </message>
    <message>
        <source>The template is not approved.</source>
        <translation>La plantilla no está aprobada.</translation>
    </message>
    <message>
        <source>A template variable is missing or invalid.</source>
        <translation>Falta una variable de la plantilla o no es válida.</translation>
    </message>
    <message>
        <source>Too many requests; please wait a moment.</source>
        <translation>Demasiadas solicitudes; espera un momento.</translation>
    </message>
    <message>
        <source>The server failed; nothing was changed.</source>
        <translation>El servidor falló; no se cambió nada.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
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
        <translation>Audio</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <source>Reply to options</source>
        <translation>Respuesta a opciones</translation>
    </message>
    <message>
        <source>Button reply</source>
        <translation>Respuesta de botón</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Unsupported message</source>
        <translation>Mensaje no compatible</translation>
    </message>
    <message>
        <source>Opted out — cannot be contacted</source>
        <translation>Dado de baja — no se puede contactar</translation>
    </message>
    <message>
        <source>No opt-in on record</source>
        <translation>Sin opt-in registrado</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nombre del contacto</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>NON-CONTACTABLE</source>
        <translation>NO CONTACTABLE</translation>
    </message>
    <message>
        <source>Not contactable</source>
        <translation>No contactable</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consentimiento:</translation>
    </message>
    <message>
        <source>Consent state</source>
        <translation>Estado del consentimiento</translation>
    </message>
    <message>
        <source>Marketing:</source>
        <translation>Marketing:</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Historial de consentimiento</translation>
    </message>
    <message>
        <source>Record opt-out (customer asked)…</source>
        <translation>Registrar baja (pedido del cliente)…</translation>
    </message>
    <message>
        <source>Record opt-out at the customer&apos;s request</source>
        <translation>Registrar baja a pedido del cliente</translation>
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
        <translation>en línea</translation>
    </message>
    <message>
        <source>away</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>desconectado</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelta</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Utilidad</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Atendo — Log in</source>
        <translation>Atendo — Iniciar sesión</translation>
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
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Remember me (password kept in the system keychain)</source>
        <translation>&amp;Recordarme (contraseña guardada en el llavero del sistema)</translation>
    </message>
    <message>
        <source>Login error</source>
        <translation>Error de inicio de sesión</translation>
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
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversación</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Ajustes</translation>
    </message>
    <message>
        <source>&amp;Language (after restart)</source>
        <translation>&amp;Idioma (tras reiniciar)</translation>
    </message>
    <message>
        <source>&amp;Search conversations</source>
        <translation>&amp;Buscar conversaciones</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <source>Send &amp;template…</source>
        <translation>Enviar &amp;plantilla…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Open the template picker</source>
        <translation>Abrir el selector de plantillas</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>Conversación &amp;anterior</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Conversación anterior</translation>
    </message>
    <message>
        <source>&amp;Next conversation</source>
        <translation>&amp;Siguiente conversación</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Siguiente conversación</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Tomar</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Claim conversation</source>
        <translation>Tomar conversación</translation>
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
        <translation>Transferir conversación</translation>
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
        <translation>Resolver conversación</translation>
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
        <translation>Reabrir conversación</translation>
    </message>
    <message>
        <source>&amp;Write a reply</source>
        <translation>&amp;Escribir respuesta</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Focus the message editor</source>
        <translation>Ir al editor de mensajes</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Quit Atendo</source>
        <translation>Salir de Atendo</translation>
    </message>
    <message>
        <source>Desktop &amp;notifications</source>
        <translation>&amp;Notificaciones de escritorio</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Notificaciones de escritorio</translation>
    </message>
    <message>
        <source>Notification &amp;sound</source>
        <translation>&amp;Sonido de notificación</translation>
    </message>
    <message>
        <source>Notification sound</source>
        <translation>Sonido de notificación</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Seguir el &amp;sistema</translation>
    </message>
    <message>
        <source>Language: follow the system</source>
        <translation>Idioma: seguir el sistema</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>&amp;English</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>&amp;Português (Brasil)</source>
        <translation>&amp;Português (Brasil)</translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation>Portugués (Brasil)</translation>
    </message>
    <message>
        <source>&amp;Español</source>
        <translation>&amp;Español</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
</context>
<context>
    <name>NewConversationDialog</name>
    <message>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <source>Find the customer by name or number. A conversation can be started only with a customer who opted in, and only with an approved template.</source>
        <translation>Busque al cliente por nombre o número. Solo se puede iniciar una conversación con un cliente que dio su opt-in, y solo con una plantilla aprobada.</translation>
    </message>
    <message>
        <source>Name or phone number (at least 2 characters)</source>
        <translation>Nombre o teléfono (al menos 2 caracteres)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <source>Contacts found</source>
        <translation>Contactos encontrados</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
</context>
<context>
    <name>TemplatePickerDialog</name>
    <message>
        <source>Send a template</source>
        <translation>Enviar una plantilla</translation>
    </message>
    <message>
        <source>Search by name, text, language or category</source>
        <translation>Buscar por nombre, texto, idioma o categoría</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Buscar plantillas</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Template variables</source>
        <translation>Variables de la plantilla</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Billing notice</source>
        <translation>Aviso de cobro</translation>
    </message>
</context>
<context>
    <name>WindowCountdown</name>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
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
