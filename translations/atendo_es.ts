<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Composer</name>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an approved template (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a reply — Enter sends, Shift+Enter for a new line, /shortcut for a quick reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text is locked: the 24-hour window is closed. Send an approved template instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact opted out and is not contactable. Nothing can be sent to them until they opt in again themselves.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting in %1 s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleText</name>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still waiting for Meta&apos;s review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta rejected this template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta rejected this template (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta paused this template because of its quality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta disabled this template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its rejection is under appeal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account reached its template limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its status is unknown; only approved templates can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line breaks allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tabs allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 4 spaces in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be an https:// link or a media id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not part of this template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No opt-in recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyword in chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent, at the customer&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp &quot;stop marketing&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not understand the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console&apos;s version does not match the server. Please update Atendo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation is not assigned to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 24-hour window is closed: only an approved template can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact opted out: nothing can be sent to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact never opted in and has no open window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact stopped marketing messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template is not approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template variable is missing or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests; please wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NON-CONTACTABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not contactable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record opt-out (customer asked)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record opt-out at the customer&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number not shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer opted out. Nothing can be sent to them until they opt in again themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer opted out on %1. Nothing can be sent to them until they opt in again themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has already opted out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use when the customer asks not to be contacted any more. Only the customer can opt in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record opt-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that %1 asked not to be contacted any more?

Nobody will be able to send them anything until they opt in again themselves. This cannot be undone by an agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer asked an agent to stop messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxDelegate</name>
    <message>
        <source>⊘ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Inbox filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, number or message (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Window expiry&quot; lists the conversations to answer before their window closes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Atendo — Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wss://atendo.example.com:7730/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember me (password kept in the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console does not speak the server&apos;s protocol version. Please install the Atendo version your server runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many login attempts. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (TLS): %2. Check the address (wss://) and the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 was not found. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2. Check the address and your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address, e.g. wss://atendo.example.com:7730/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Atendo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language (after restart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the template picker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ransfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus the message editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Atendo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop &amp;notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification &amp;sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Português (Brasil)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Español</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for contacting us! Is there anything else I can help you with?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One moment, please: I am checking this for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have a great day!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies the next time Atendo starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atendo — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 about %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>📍 %1 · Open map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a message type this console cannot show)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Atendo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversation in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New message from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Atendo — %n unread message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatePickerDialog</name>
    <message>
        <source>Send a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, text, language or category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NON-CONTACTABLE: this customer opted out. No template can be sent to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an approved template on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header video (link or media id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header document (link or media id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header image (link or media id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link ending for button “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply payload for button “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (e.g. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template has no variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill every variable correctly to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed as %1: free inside the open 24-hour window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed as %1: about %2 per delivered message (estimate from the %3 rate card).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed as %1 per delivered message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message>
        <source>Template preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Image] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Video] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Document] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Location]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowBanner</name>
    <message>
        <source>Reply window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a paid template message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has not written yet. Only an approved template can be sent (billed as %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 24-hour window closed at %1. Only an approved template can be sent (billed as %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can reply freely for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowCountdown</name>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
