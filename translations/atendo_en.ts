<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Atendo::AttachmentChip</name>
    <message>
        <source>Remove attachment</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <source>📎 %1 · %2</source>
        <translation>📎 %1 · %2</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Attachment %1</translation>
    </message>
</context>
<context>
    <name>Atendo::BoardAlertModel</name>
    <message>
        <source>conversation %1</source>
        <translation>conversation %1</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>%1 has waited %2 for a reply</source>
        <translation>%1 has waited %2 for a reply</translation>
    </message>
    <message>
        <source>The window with %1 closes in %2 and nobody has replied</source>
        <translation>The window with %1 closes in %2 and nobody has replied</translation>
    </message>
    <message>
        <source>The window with %1 closes within the hour and nobody has replied</source>
        <translation>The window with %1 closes within the hour and nobody has replied</translation>
    </message>
    <message>
        <source>%1 holds %2 open conversations, over a capacity of %3</source>
        <translation>%1 holds %2 open conversations, over a capacity of %3</translation>
    </message>
    <message>
        <source>%1 is over capacity</source>
        <translation>%1 is over capacity</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting in the outbox</source>
        <translation>
            <numerusform>%n message(s) waiting in the outbox</numerusform>
            <numerusform>%n message(s) waiting in the outbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n send(s) failed at Meta in the last hour</source>
        <translation>
            <numerusform>%n send(s) failed at Meta in the last hour</numerusform>
            <numerusform>%n send(s) failed at Meta in the last hour</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Atendo::BoardRosterModel</name>
    <message>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>Over capacity</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presence</translation>
    </message>
    <message>
        <source>Open / capacity</source>
        <translation>Open / capacity</translation>
    </message>
    <message>
        <source>Sent today</source>
        <translation>Sent today</translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation>Median first response</translation>
    </message>
    <message>
        <source>Median response</source>
        <translation>Median response</translation>
    </message>
</context>
<context>
    <name>Atendo::ChartBox</name>
    <message>
        <source>Show numbers</source>
        <translation>Show numbers</translation>
    </message>
    <message>
        <source>Show chart</source>
        <translation>Show chart</translation>
    </message>
</context>
<context>
    <name>Atendo::Composer</name>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>Template…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Send message</translation>
    </message>
    <message>
        <source>Send a template</source>
        <translation>Send a template</translation>
    </message>
    <message>
        <source>Choose an approved template (Ctrl+T)</source>
        <translation>Choose an approved template (Ctrl+T)</translation>
    </message>
    <message>
        <source>Select a conversation</source>
        <translation>Select a conversation</translation>
    </message>
    <message>
        <source>Type a reply — Enter sends, Shift+Enter for a new line, /shortcut for a quick reply</source>
        <translation>Type a reply — Enter sends, Shift+Enter for a new line, /shortcut for a quick reply</translation>
    </message>
    <message>
        <source>Free text is locked: the 24-hour window is closed. Send an approved template instead.</source>
        <translation>Free text is locked: the 24-hour window is closed. Send an approved template instead.</translation>
    </message>
    <message>
        <source>This contact opted out and is not contactable. Nothing can be sent to them until they opt in again themselves.</source>
        <translation>This contact opted out and is not contactable. Nothing can be sent to them until they opt in again themselves.</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <source>Files WhatsApp accepts (*.jpg *.jpeg *.png *.pdf *.txt *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.mp3 *.ogg *.aac *.amr *.m4a *.mp4 *.3gp);;All files (*)</source>
        <translation>Files WhatsApp accepts (*.jpg *.jpeg *.png *.pdf *.txt *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.mp3 *.ogg *.aac *.amr *.m4a *.mp4 *.3gp);;All files (*)</translation>
    </message>
    <message>
        <source>Attach an image, document, audio or video (Ctrl+Shift+A)</source>
        <translation>Attach an image, document, audio or video (Ctrl+Shift+A)</translation>
    </message>
</context>
<context>
    <name>Atendo::ConnectionStatus</name>
    <message>
        <source>Connection state</source>
        <translation>Connection state</translation>
    </message>
    <message>
        <source>Your presence</source>
        <translation>Your presence</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Away</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s…</source>
        <translation>Reconnecting in %1 s…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnecting…</translation>
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
        <translation>%1 · open conversation</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unnamed contact</source>
        <translation>Unnamed contact</translation>
    </message>
</context>
<context>
    <name>Atendo::ContactPanel</name>
    <message>
        <source>No contact selected</source>
        <translation>No contact selected</translation>
    </message>
    <message>
        <source>Number not shared</source>
        <translation>Number not shared</translation>
    </message>
    <message>
        <source>Stopped by the customer</source>
        <translation>Stopped by the customer</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Allowed</translation>
    </message>
    <message>
        <source>This customer opted out. Nothing can be sent to them until they opt in again themselves.</source>
        <translation>This customer opted out. Nothing can be sent to them until they opt in again themselves.</translation>
    </message>
    <message>
        <source>This customer opted out on %1. Nothing can be sent to them until they opt in again themselves.</source>
        <translation>This customer opted out on %1. Nothing can be sent to them until they opt in again themselves.</translation>
    </message>
    <message>
        <source>The customer has already opted out.</source>
        <translation>The customer has already opted out.</translation>
    </message>
    <message>
        <source>Use when the customer asks not to be contacted any more. Only the customer can opt in again.</source>
        <translation>Use when the customer asks not to be contacted any more. Only the customer can opt in again.</translation>
    </message>
    <message>
        <source>Record opt-out</source>
        <translation>Record opt-out</translation>
    </message>
    <message>
        <source>Record that %1 asked not to be contacted any more?

Nobody will be able to send them anything until they opt in again themselves. This cannot be undone by an agent.</source>
        <translation>Record that %1 asked not to be contacted any more?

Nobody will be able to send them anything until they opt in again themselves. This cannot be undone by an agent.</translation>
    </message>
    <message>
        <source>Customer asked an agent to stop messages</source>
        <translation>Customer asked an agent to stop messages</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · by %2</source>
        <translation>%1 · by %2</translation>
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
        <translation>Claim</translation>
    </message>
    <message>
        <source>Claim conversation</source>
        <translation>Claim conversation</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <source>Transfer conversation</source>
        <translation>Transfer conversation</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>Resolve conversation</source>
        <translation>Resolve conversation</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Reopen conversation</source>
        <translation>Reopen conversation</translation>
    </message>
    <message>
        <source>Resolve (Ctrl+Enter)</source>
        <translation>Resolve (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>No conversation selected</translation>
    </message>
    <message>
        <source>In the queue</source>
        <translation>In the queue</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Assigned to you</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Assigned to %1</translation>
    </message>
    <message>
        <source>another agent</source>
        <translation>another agent</translation>
    </message>
    <message>
        <source> · resolved</source>
        <translation> · resolved</translation>
    </message>
</context>
<context>
    <name>Atendo::ConversationView</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
</context>
<context>
    <name>Atendo::CostPanel</name>
    <message>
        <source>Notifications by category</source>
        <translation>Notifications by category</translation>
    </message>
    <message>
        <source>Notifications by agent</source>
        <translation>Notifications by agent</translation>
    </message>
    <message>
        <source>Failed sends by Meta error</source>
        <translation>Failed sends by Meta error</translation>
    </message>
    <message>
        <source>Templates by status and quality</source>
        <translation>Templates by status and quality</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s) sent, estimated cost %1; Meta reported %2 billable. %3 failed send(s), %4 opt-out(s).</source>
        <translation>
            <numerusform>%n notification(s) sent, estimated cost %1; Meta reported %2 billable. %3 failed send(s), %4 opt-out(s).</numerusform>
            <numerusform>%n notification(s) sent, estimated cost %1; Meta reported %2 billable. %3 failed send(s), %4 opt-out(s).</numerusform>
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
        <translation>Inbox filter</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Closing soon</source>
        <translation>Closing soon</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Search name, number or message (Ctrl+K)</source>
        <translation>Search name, number or message (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Search conversations</translation>
    </message>
    <message>
        <source>Sort conversations</source>
        <translation>Sort conversations</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>Window expiry</source>
        <translation>Window expiry</translation>
    </message>
    <message>
        <source>&quot;Window expiry&quot; lists the conversations to answer before their window closes first.</source>
        <translation>&quot;Window expiry&quot; lists the conversations to answer before their window closes first.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
</context>
<context>
    <name>Atendo::LeadBoardView</name>
    <message>
        <source>Waiting over</source>
        <translation>Waiting over</translation>
    </message>
    <message>
        <source>Window closes within 1 h</source>
        <translation>Window closes within 1 h</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Open conversations</source>
        <translation>Open conversations</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Any state</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Filter by agent</source>
        <translation>Filter by agent</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Filter by state</translation>
    </message>
    <message>
        <source>Every agent</source>
        <translation>Every agent</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Waiting for the board…</source>
        <translation>Waiting for the board…</translation>
    </message>
    <message>
        <source>%1 open · %2 unassigned · %3 waiting (%4 over %5 min) · %6 window(s) closing · outbox %7, %8 failed in the last hour</source>
        <translation>%1 open · %2 unassigned · %3 waiting (%4 over %5 min) · %6 window(s) closing · outbox %7, %8 failed in the last hour</translation>
    </message>
</context>
<context>
    <name>Atendo::LeadConversationsModel</name>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Window left</source>
        <translation>Window left</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
</context>
<context>
    <name>Atendo::LeadMode</name>
    <message>
        <source>Team lead</source>
        <translation>Team lead</translation>
    </message>
    <message>
        <source>Critical: team lead alert</source>
        <translation>Critical: team lead alert</translation>
    </message>
    <message>
        <source>Team lead alert</source>
        <translation>Team lead alert</translation>
    </message>
    <message>
        <source>&amp;Team lead</source>
        <translation>&amp;Team lead</translation>
    </message>
    <message>
        <source>Live &amp;board</source>
        <translation>Live &amp;board</translation>
    </message>
    <message>
        <source>&amp;Cost and compliance</source>
        <translation>&amp;Cost and compliance</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>C&amp;harts</translation>
    </message>
</context>
<context>
    <name>Atendo::LeadPanel</name>
    <message>
        <source>Live board</source>
        <translation>Live board</translation>
    </message>
    <message>
        <source>Cost and compliance</source>
        <translation>Cost and compliance</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
</context>
<context>
    <name>Atendo::LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <source>This console does not speak the server&apos;s protocol version. Please install the Atendo version your server runs.</source>
        <translation>This console does not speak the server&apos;s protocol version. Please install the Atendo version your server runs.</translation>
    </message>
    <message>
        <source>Too many login attempts. Wait a minute and try again.</source>
        <translation>Too many login attempts. Wait a minute and try again.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (TLS): %2. Check the address (wss://) and the server&apos;s certificate.</source>
        <translation>The secure connection to %1 failed (TLS): %2. Check the address (wss://) and the server&apos;s certificate.</translation>
    </message>
    <message>
        <source>The server %1 was not found. Check the address.</source>
        <translation>The server %1 was not found. Check the address.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2. Check the address and your network.</source>
        <translation>Cannot reach the server at %1: %2. Check the address and your network.</translation>
    </message>
    <message>
        <source>Enter the server address, e.g. wss://atendo.example.com:7730/.</source>
        <translation>Enter the server address, e.g. wss://atendo.example.com:7730/.</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Enter your username and password.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Logging in…</translation>
    </message>
</context>
<context>
    <name>Atendo::MainWindow</name>
    <message>
        <source>Thank you for contacting us! Is there anything else I can help you with?</source>
        <translation>Thank you for contacting us! Is there anything else I can help you with?</translation>
    </message>
    <message>
        <source>One moment, please: I am checking this for you.</source>
        <translation>One moment, please: I am checking this for you.</translation>
    </message>
    <message>
        <source>Have a great day!</source>
        <translation>Have a great day!</translation>
    </message>
    <message>
        <source>The new language applies the next time Atendo starts.</source>
        <translation>The new language applies the next time Atendo starts.</translation>
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
        <translation>away</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>%1 (%2, %3 open)</source>
        <translation>%1 (%2, %3 open)</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>Back to the queue</translation>
    </message>
    <message>
        <source>Transfer conversation</source>
        <translation>Transfer conversation</translation>
    </message>
    <message>
        <source>Transfer to:</source>
        <translation>Transfer to:</translation>
    </message>
    <message>
        <source>%1 about %2</source>
        <translation>%1 about %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
</context>
<context>
    <name>Atendo::MessageDelegate</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
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
        <translation>Document</translation>
    </message>
    <message>
        <source>Internal note · %1</source>
        <translation>Internal note · %1</translation>
    </message>
    <message>
        <source>Template · %1</source>
        <translation>Template · %1</translation>
    </message>
    <message>
        <source>(a message type this console cannot show)</source>
        <translation>(a message type this console cannot show)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Location: %1 · Open map</source>
        <translation>Location: %1 · Open map</translation>
    </message>
    <message>
        <source>Whisper from %1 · only agents see it</source>
        <translation>Whisper from %1 · only agents see it</translation>
    </message>
    <message>
        <source>Click to open</source>
        <translation>Click to open</translation>
    </message>
</context>
<context>
    <name>Atendo::NewConversationDialog</name>
    <message>
        <source>Choose template…</source>
        <translation>Choose template…</translation>
    </message>
    <message>
        <source>Choose this contact</source>
        <translation>Choose this contact</translation>
    </message>
    <message>
        <source>Type at least 2 characters of a name or number.</source>
        <translation>Type at least 2 characters of a name or number.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation>No contact matches “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) found. Choose one who opted in.</source>
        <translation>
            <numerusform>%n contact found. Choose one who opted in.</numerusform>
            <numerusform>%n contacts found. Choose one who opted in.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Open conversation</translation>
    </message>
    <message>
        <source>%1 already has an open conversation: it opens, and a template can be sent there.</source>
        <translation>%1 already has an open conversation: it opens, and a template can be sent there.</translation>
    </message>
    <message>
        <source>%1 opted in: choose the template to start with.</source>
        <translation>%1 opted in: choose the template to start with.</translation>
    </message>
</context>
<context>
    <name>Atendo::NewConversationFlow</name>
    <message>
        <source>&amp;New conversation…</source>
        <translation>&amp;New conversation…</translation>
    </message>
    <message>
        <source>Start a conversation with a contact who opted in</source>
        <translation>Start a conversation with a contact who opted in</translation>
    </message>
    <message>
        <source>Start a conversation with %1</source>
        <translation>Start a conversation with %1</translation>
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
        <translation>New conversation in the queue</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New message from %1</source>
        <translation>New message from %1</translation>
    </message>
    <message numerus="yes">
        <source>Atendo — %n unread message(s)</source>
        <translation>
            <numerusform>Atendo — %n unread message</numerusform>
            <numerusform>Atendo — %n unread messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Atendo::StatsCharts</name>
    <message>
        <source>Messages per hour</source>
        <translation>Messages per hour</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>messages</translation>
    </message>
    <message>
        <source>Waiting time before the first reply</source>
        <translation>Waiting time before the first reply</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>conversations</translation>
    </message>
    <message>
        <source>Median first response per agent</source>
        <translation>Median first response per agent</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
</context>
<context>
    <name>Atendo::StatsReport</name>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Billable (Meta)</source>
        <translation>Billable (Meta)</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Estimated cost</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Meta error</source>
        <translation>Meta error</translation>
    </message>
    <message>
        <source>Failed sends</source>
        <translation>Failed sends</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Quality</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Inbound</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Outbound</translation>
    </message>
    <message>
        <source>Waited up to</source>
        <translation>Waited up to</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation>Median first response</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Responses</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>over %1</translation>
    </message>
</context>
<context>
    <name>Atendo::StatsTableBox</name>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation>Export %1 as CSV</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>Atendo::SupervisionBar</name>
    <message>
        <source>Watch silently</source>
        <translation>Watch silently</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Whisper</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Take over</translation>
    </message>
    <message>
        <source>Follow the conversation without a read receipt to the customer and without changing the agent&apos;s unread count</source>
        <translation>Follow the conversation without a read receipt to the customer and without changing the agent&apos;s unread count</translation>
    </message>
    <message>
        <source>Whisper to the agent (only agents see it)…</source>
        <translation>Whisper to the agent (only agents see it)…</translation>
    </message>
    <message>
        <source>Whisper to the agent</source>
        <translation>Whisper to the agent</translation>
    </message>
    <message>
        <source>Assign this conversation to you, whoever holds it</source>
        <translation>Assign this conversation to you, whoever holds it</translation>
    </message>
    <message>
        <source>you</source>
        <translation>you</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>agent %1</translation>
    </message>
    <message>
        <source>Nobody else is viewing</source>
        <translation>Nobody else is viewing</translation>
    </message>
    <message>
        <source>Viewing: %1</source>
        <translation>Viewing: %1</translation>
    </message>
    <message>
        <source>%1 is typing: “%2”</source>
        <translation>%1 is typing: “%2”</translation>
    </message>
</context>
<context>
    <name>Atendo::TemplatePickerDialog</name>
    <message>
        <source>Send template</source>
        <translation>Send template</translation>
    </message>
    <message>
        <source>NON-CONTACTABLE: this customer opted out. No template can be sent to them.</source>
        <translation>NON-CONTACTABLE: this customer opted out. No template can be sent to them.</translation>
    </message>
    <message>
        <source>This customer has no recorded opt-in and the 24-hour window is closed: no template can be sent until they write again or opt in themselves.</source>
        <translation>This customer has no recorded opt-in and the 24-hour window is closed: no template can be sent until they write again or opt in themselves.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose an approved template on the left.</source>
        <translation>Choose an approved template on the left.</translation>
    </message>
    <message>
        <source>Header video (link or media id)</source>
        <translation>Header video (link or media id)</translation>
    </message>
    <message>
        <source>Header document (link or media id)</source>
        <translation>Header document (link or media id)</translation>
    </message>
    <message>
        <source>Header image (link or media id)</source>
        <translation>Header image (link or media id)</translation>
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
        <translation>Link ending for button “%1”</translation>
    </message>
    <message>
        <source>Reply payload for button “%1”</source>
        <translation>Reply payload for button “%1”</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>Coupon code</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>One-time code</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Place name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>%1 (e.g. %2)</source>
        <translation>%1 (e.g. %2)</translation>
    </message>
    <message>
        <source>Header: %1</source>
        <translation>Header: %1</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (optional)</translation>
    </message>
    <message>
        <source>This template has no variables.</source>
        <translation>This template has no variables.</translation>
    </message>
    <message>
        <source>Fill every variable correctly to send.</source>
        <translation>Fill every variable correctly to send.</translation>
    </message>
    <message>
        <source>Billed as %1: free inside the open 24-hour window.</source>
        <translation>Billed as %1: free inside the open 24-hour window.</translation>
    </message>
    <message>
        <source>Billed as %1: about %2 per delivered message (estimate from the %3 rate card).</source>
        <translation>Billed as %1: about %2 per delivered message (estimate from the %3 rate card).</translation>
    </message>
    <message>
        <source>Billed as %1 per delivered message.</source>
        <translation>Billed as %1 per delivered message.</translation>
    </message>
</context>
<context>
    <name>Atendo::TemplatePreview</name>
    <message>
        <source>Template preview</source>
        <translation>Template preview</translation>
    </message>
    <message>
        <source>[Image] %1</source>
        <translation>[Image] %1</translation>
    </message>
    <message>
        <source>[Video] %1</source>
        <translation>[Video] %1</translation>
    </message>
    <message>
        <source>[Document] %1</source>
        <translation>[Document] %1</translation>
    </message>
    <message>
        <source>[Location]</source>
        <translation>[Location]</translation>
    </message>
    <message>
        <source>Choose a template to see it here.</source>
        <translation>Choose a template to see it here.</translation>
    </message>
</context>
<context>
    <name>Atendo::WindowBanner</name>
    <message>
        <source>Reply window</source>
        <translation>Reply window</translation>
    </message>
    <message>
        <source>a paid template message</source>
        <translation>a paid template message</translation>
    </message>
    <message>
        <source>The customer has not written yet. Only an approved template can be sent (billed as %1).</source>
        <translation>The customer has not written yet. Only an approved template can be sent (billed as %1).</translation>
    </message>
    <message>
        <source>The 24-hour window closed at %1. Only an approved template can be sent (billed as %2).</source>
        <translation>The 24-hour window closed at %1. Only an approved template can be sent (billed as %2).</translation>
    </message>
    <message>
        <source>You can reply freely for %1</source>
        <translation>You can reply freely for %1</translation>
    </message>
    <message>
        <source>Not contactable: this customer opted out. Nothing can be sent, whatever the window.</source>
        <translation>Not contactable: this customer opted out. Nothing can be sent, whatever the window.</translation>
    </message>
</context>
<context>
    <name>ConsoleText</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Utility</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentication</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>Pending review</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>In appeal</source>
        <translation>In appeal</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Limit exceeded</source>
        <translation>Limit exceeded</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Still waiting for Meta&apos;s review.</source>
        <translation>Still waiting for Meta&apos;s review.</translation>
    </message>
    <message>
        <source>Meta rejected this template.</source>
        <translation>Meta rejected this template.</translation>
    </message>
    <message>
        <source>Meta rejected this template (%1).</source>
        <translation>Meta rejected this template (%1).</translation>
    </message>
    <message>
        <source>Meta paused this template because of its quality.</source>
        <translation>Meta paused this template because of its quality.</translation>
    </message>
    <message>
        <source>Meta disabled this template.</source>
        <translation>Meta disabled this template.</translation>
    </message>
    <message>
        <source>Its rejection is under appeal.</source>
        <translation>Its rejection is under appeal.</translation>
    </message>
    <message>
        <source>This template was deleted.</source>
        <translation>This template was deleted.</translation>
    </message>
    <message>
        <source>The account reached its template limit.</source>
        <translation>The account reached its template limit.</translation>
    </message>
    <message>
        <source>This template is archived.</source>
        <translation>This template is archived.</translation>
    </message>
    <message>
        <source>Its status is unknown; only approved templates can be sent.</source>
        <translation>Its status is unknown; only approved templates can be sent.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>No line breaks allowed</source>
        <translation>No line breaks allowed</translation>
    </message>
    <message>
        <source>No tabs allowed</source>
        <translation>No tabs allowed</translation>
    </message>
    <message>
        <source>At most 4 spaces in a row</source>
        <translation>At most 4 spaces in a row</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>Too long</translation>
    </message>
    <message>
        <source>Must be an https:// link or a media id</source>
        <translation>Must be an https:// link or a media id</translation>
    </message>
    <message>
        <source>Not a valid value</source>
        <translation>Not a valid value</translation>
    </message>
    <message>
        <source>Not part of this template</source>
        <translation>Not part of this template</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Opted in</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Opted out</translation>
    </message>
    <message>
        <source>No opt-in recorded</source>
        <translation>No opt-in recorded</translation>
    </message>
    <message>
        <source>Opt-in</source>
        <translation>Opt-in</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Opt-out</translation>
    </message>
    <message>
        <source>Stopped marketing</source>
        <translation>Stopped marketing</translation>
    </message>
    <message>
        <source>Resumed marketing</source>
        <translation>Resumed marketing</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Web form</translation>
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
        <translation>Keyword in chat</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Agent, at the customer&apos;s request</source>
        <translation>Agent, at the customer&apos;s request</translation>
    </message>
    <message>
        <source>WhatsApp &quot;stop marketing&quot;</source>
        <translation>WhatsApp &quot;stop marketing&quot;</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>API key %1</translation>
    </message>
    <message>
        <source>The server did not understand the request.</source>
        <translation>The server did not understand the request.</translation>
    </message>
    <message>
        <source>The server does not support this action.</source>
        <translation>The server does not support this action.</translation>
    </message>
    <message>
        <source>The message is too large.</source>
        <translation>The message is too large.</translation>
    </message>
    <message>
        <source>This console&apos;s version does not match the server. Please update Atendo.</source>
        <translation>This console&apos;s version does not match the server. Please update Atendo.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Your role does not allow this.</translation>
    </message>
    <message>
        <source>It no longer exists.</source>
        <translation>It no longer exists.</translation>
    </message>
    <message>
        <source>Someone else changed it first.</source>
        <translation>Someone else changed it first.</translation>
    </message>
    <message>
        <source>This conversation is not assigned to you.</source>
        <translation>This conversation is not assigned to you.</translation>
    </message>
    <message>
        <source>The 24-hour window is closed: only an approved template can be sent.</source>
        <translation>The 24-hour window is closed: only an approved template can be sent.</translation>
    </message>
    <message>
        <source>The contact opted out: nothing can be sent to them.</source>
        <translation>The contact opted out: nothing can be sent to them.</translation>
    </message>
    <message>
        <source>The contact never opted in and has no open window.</source>
        <translation>The contact never opted in and has no open window.</translation>
    </message>
    <message>
        <source>The contact stopped marketing messages.</source>
        <translation>The contact stopped marketing messages.</translation>
    </message>
    <message>
        <source>The template is not approved.</source>
        <translation>The template is not approved.</translation>
    </message>
    <message>
        <source>A template variable is missing or invalid.</source>
        <translation>A template variable is missing or invalid.</translation>
    </message>
    <message>
        <source>Too many requests; please wait a moment.</source>
        <translation>Too many requests; please wait a moment.</translation>
    </message>
    <message>
        <source>The server failed; nothing was changed.</source>
        <translation>The server failed; nothing was changed.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
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
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reaction</translation>
    </message>
    <message>
        <source>Reply to options</source>
        <translation>Reply to options</translation>
    </message>
    <message>
        <source>Button reply</source>
        <translation>Button reply</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Unsupported message</source>
        <translation>Unsupported message</translation>
    </message>
    <message>
        <source>Opted out — cannot be contacted</source>
        <translation>Opted out — cannot be contacted</translation>
    </message>
    <message>
        <source>No opt-in on record</source>
        <translation>No opt-in on record</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Contact name</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>NON-CONTACTABLE</source>
        <translation>NON-CONTACTABLE</translation>
    </message>
    <message>
        <source>Not contactable</source>
        <translation>Not contactable</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consent:</translation>
    </message>
    <message>
        <source>Consent state</source>
        <translation>Consent state</translation>
    </message>
    <message>
        <source>Marketing:</source>
        <translation>Marketing:</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Consent history</translation>
    </message>
    <message>
        <source>Record opt-out (customer asked)…</source>
        <translation>Record opt-out (customer asked)…</translation>
    </message>
    <message>
        <source>Record opt-out at the customer&apos;s request</source>
        <translation>Record opt-out at the customer&apos;s request</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
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
        <translation>away</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Utility</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentication</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Atendo — Log in</source>
        <translation>Atendo — Log in</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>wss://atendo.example.com:7730/</source>
        <translation>wss://atendo.example.com:7730/</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Remember me (password kept in the system keychain)</source>
        <translation>&amp;Remember me (password kept in the system keychain)</translation>
    </message>
    <message>
        <source>Login error</source>
        <translation>Login error</translation>
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
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language (after restart)</source>
        <translation>&amp;Language (after restart)</translation>
    </message>
    <message>
        <source>&amp;Search conversations</source>
        <translation>&amp;Search conversations</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Search conversations</translation>
    </message>
    <message>
        <source>Send &amp;template…</source>
        <translation>Send &amp;template…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Open the template picker</source>
        <translation>Open the template picker</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>&amp;Previous conversation</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Previous conversation</translation>
    </message>
    <message>
        <source>&amp;Next conversation</source>
        <translation>&amp;Next conversation</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Next conversation</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Claim</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Claim conversation</source>
        <translation>Claim conversation</translation>
    </message>
    <message>
        <source>T&amp;ransfer…</source>
        <translation>T&amp;ransfer…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Transfer conversation</source>
        <translation>Transfer conversation</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Resolve</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Resolve conversation</source>
        <translation>Resolve conversation</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Re&amp;open</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Reopen conversation</source>
        <translation>Reopen conversation</translation>
    </message>
    <message>
        <source>&amp;Write a reply</source>
        <translation>&amp;Write a reply</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Focus the message editor</source>
        <translation>Focus the message editor</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Quit Atendo</source>
        <translation>Quit Atendo</translation>
    </message>
    <message>
        <source>Desktop &amp;notifications</source>
        <translation>Desktop &amp;notifications</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Desktop notifications</translation>
    </message>
    <message>
        <source>Notification &amp;sound</source>
        <translation>Notification &amp;sound</translation>
    </message>
    <message>
        <source>Notification sound</source>
        <translation>Notification sound</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Follow the &amp;system</translation>
    </message>
    <message>
        <source>Language: follow the system</source>
        <translation>Language: follow the system</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>&amp;English</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Português (Brasil)</source>
        <translation>&amp;Português (Brasil)</translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation>Portuguese (Brazil)</translation>
    </message>
    <message>
        <source>&amp;Español</source>
        <translation>&amp;Español</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
</context>
<context>
    <name>NewConversationDialog</name>
    <message>
        <source>New conversation</source>
        <translation>New conversation</translation>
    </message>
    <message>
        <source>Find the customer by name or number. A conversation can be started only with a customer who opted in, and only with an approved template.</source>
        <translation>Find the customer by name or number. A conversation can be started only with a customer who opted in, and only with an approved template.</translation>
    </message>
    <message>
        <source>Name or phone number (at least 2 characters)</source>
        <translation>Name or phone number (at least 2 characters)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Search contacts</translation>
    </message>
    <message>
        <source>Contacts found</source>
        <translation>Contacts found</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Search status</translation>
    </message>
</context>
<context>
    <name>TemplatePickerDialog</name>
    <message>
        <source>Send a template</source>
        <translation>Send a template</translation>
    </message>
    <message>
        <source>Search by name, text, language or category</source>
        <translation>Search by name, text, language or category</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Search templates</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Template variables</source>
        <translation>Template variables</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Billing notice</source>
        <translation>Billing notice</translation>
    </message>
</context>
<context>
    <name>WindowCountdown</name>
    <message>
        <source>closed</source>
        <translation>closed</translation>
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
