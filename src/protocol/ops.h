#pragma once

#include <QLatin1StringView>

// Names of ops (client → server) and events (server → client), one place for both
// sides. docs/protocol.md describes each with its args, reply and examples.
namespace Atendo::Protocol::Op {

using namespace Qt::StringLiterals;

// Session
inline constexpr QLatin1StringView Login = "login"_L1;
inline constexpr QLatin1StringView Resume = "resume"_L1;
inline constexpr QLatin1StringView Logout = "logout"_L1;
inline constexpr QLatin1StringView Ping = "ping"_L1;
inline constexpr QLatin1StringView PresenceSet = "presence.set"_L1;
// Reading
inline constexpr QLatin1StringView Snapshot = "snapshot"_L1;
inline constexpr QLatin1StringView ConversationsList = "conversations.list"_L1;
inline constexpr QLatin1StringView ConversationGet = "conversation.get"_L1;
inline constexpr QLatin1StringView MessagesList = "messages.list"_L1;
inline constexpr QLatin1StringView Search = "search"_L1;
inline constexpr QLatin1StringView ContactGet = "contact.get"_L1;
inline constexpr QLatin1StringView ContactsSearch = "contacts.search"_L1;
inline constexpr QLatin1StringView TemplatesList = "templates.list"_L1;
inline constexpr QLatin1StringView AgentsList = "agents.list"_L1;
inline constexpr QLatin1StringView MediaGet = "media.get"_L1;
// Working a conversation
inline constexpr QLatin1StringView ConversationClaim = "conversation.claim"_L1;
inline constexpr QLatin1StringView ConversationTransfer = "conversation.transfer"_L1;
inline constexpr QLatin1StringView ConversationResolve = "conversation.resolve"_L1;
inline constexpr QLatin1StringView ConversationReopen = "conversation.reopen"_L1;
inline constexpr QLatin1StringView ConversationRead = "conversation.read"_L1;
inline constexpr QLatin1StringView ConversationStart = "conversation.start"_L1;
inline constexpr QLatin1StringView MessageSend = "message.send"_L1;
inline constexpr QLatin1StringView ContactOptOut = "contact.opt_out"_L1;
// A signed one-time HTTP URL for a file an agent is about to send.
inline constexpr QLatin1StringView MediaUpload = "media.upload"_L1;
inline constexpr QLatin1StringView Typing = "typing"_L1;
inline constexpr QLatin1StringView View = "view"_L1;
// Team leads and admins
inline constexpr QLatin1StringView TemplatesSync = "templates.sync"_L1;
inline constexpr QLatin1StringView BoardSubscribe = "board.subscribe"_L1;
inline constexpr QLatin1StringView BoardUnsubscribe = "board.unsubscribe"_L1;
inline constexpr QLatin1StringView ConversationTakeover = "conversation.takeover"_L1;
inline constexpr QLatin1StringView Whisper = "whisper"_L1;
inline constexpr QLatin1StringView StatsGet = "stats.get"_L1;

} // namespace Atendo::Protocol::Op

namespace Atendo::Protocol::Ev {

using namespace Qt::StringLiterals;

// Ephemeral (no seq)
inline constexpr QLatin1StringView Hello = "hello"_L1;
inline constexpr QLatin1StringView Presence = "presence"_L1;
inline constexpr QLatin1StringView Typing = "typing"_L1;
inline constexpr QLatin1StringView Viewers = "viewers"_L1;
inline constexpr QLatin1StringView Resync = "resync"_L1;
inline constexpr QLatin1StringView Board = "board"_L1;
// Journalled (with seq)
inline constexpr QLatin1StringView ConversationChanged = "conversation.changed"_L1;
inline constexpr QLatin1StringView MessageCreated = "message.created"_L1;
inline constexpr QLatin1StringView MessageStatus = "message.status"_L1;
inline constexpr QLatin1StringView ContactChanged = "contact.changed"_L1;
inline constexpr QLatin1StringView TemplateChanged = "template.changed"_L1;
inline constexpr QLatin1StringView AgentChanged = "agent.changed"_L1;

} // namespace Atendo::Protocol::Ev
