#pragma once

// A protocol fixture for the session's state-machine tests: a loopback
// QWebSocketServer that speaks docs/protocol.md frames (hello, login, resume,
// snapshot, message.send with key dedupe, a journal it can replay) and lets a
// test script drops, gaps, refusals and lost replies. Not a stand-in for
// src/server's rules: it only answers the way the protocol document says.

#include "protocol/framecodec.h"
#include "protocol/messageinfo.h"
#include "protocol/ops.h"
#include "protocol/protocol.h"
#include "protocol/wiretime.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QWebSocket>
#include <QWebSocketServer>

#include <functional>
#include <optional>

namespace Atendo::Test {

using namespace Qt::StringLiterals;

class ScriptedServer
{
public:
    // Called first for every request; return a reply to answer with, or nullopt for the default.
    using Override = std::function<std::optional<Protocol::Reply>(const Protocol::Request&)>;

    ScriptedServer() : m_server(u"scripted"_s, QWebSocketServer::NonSecureMode)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QWebSocketServer::newConnection, &m_server, [this] { accept(); });
    }
    ~ScriptedServer()
    {
        for (QWebSocket* socket : std::as_const(m_sockets))
            socket->abort();
        qDeleteAll(m_sockets);
    }

    QUrl url() const { return QUrl(u"ws://127.0.0.1:%1/"_s.arg(m_server.serverPort())); }

    // Server state a test can set up.
    QString password = u"s3cret!"_s;
    QString token = u"v1.token"_s;
    int helloProtocol = Protocol::Version;
    QDateTime serverTime = QDateTime(QDate(2026, 11, 25), QTime(14, 0), Qt::UTC);
    bool resyncOnResume = false;
    bool swallowSends = false; // store sends but answer nothing and journal nothing live
    Override override;
    QList<QJsonObject> conversations; // the snapshot's working set

    // What the clients sent, in order, over all connections.
    QList<Protocol::Request> requests;
    int connectionCount = 0;
    QHash<QString, QJsonObject> storedByKey;

    QList<Protocol::Request> requestsFor(QLatin1StringView op) const
    {
        QList<Protocol::Request> result;
        for (const auto& r : requests) {
            if (r.op == op)
                result.append(r);
        }
        return result;
    }

    qint64 head() const { return m_journal.isEmpty() ? m_baseSeq : m_journal.last().seq; }
    void setBaseSeq(qint64 seq) { m_baseSeq = seq; }

    // Appends to the journal and, unless `live` is false, sends it to every client.
    Protocol::Event journal(QLatin1StringView ev, const QJsonObject& data, bool live = true)
    {
        Protocol::Event event {head() + 1, ev.toString(), serverTime, data};
        m_journal.append(event);
        if (live)
            sendToAll(Protocol::FrameCodec::encode(event));
        return event;
    }
    void sendToAll(const QByteArray& frame)
    {
        for (QWebSocket* socket : std::as_const(m_sockets)) {
            if (socket->state() == QAbstractSocket::ConnectedState)
                socket->sendTextMessage(QString::fromUtf8(frame));
        }
    }
    void send(const Protocol::Event& event) { sendToAll(Protocol::FrameCodec::encode(event)); }
    void dropAll()
    {
        for (QWebSocket* socket : std::as_const(m_sockets))
            socket->abort();
    }

    static QJsonObject conversationJson(qint64 id, const QString& name, const QDateTime& at)
    {
        return {{u"id"_s, id},
            {u"contact"_s,
                QJsonObject {{u"id"_s, id + 100}, {u"key"_s, u"wa:55119000000%1"_s.arg(id)},
                    {u"name"_s, name}, {u"phone"_s, u"+55119000000%1"_s.arg(id)},
                    {u"wa_id"_s, u"55119000000%1"_s.arg(id)}, {u"consent_state"_s, u"opted_in"_s},
                    {u"marketing_stopped"_s, false}}},
            {u"state"_s, u"open"_s}, {u"assignee_id"_s, 3},
            {u"window"_s,
                QJsonObject {{u"last_inbound_at"_s, Protocol::toWireTime(at)},
                    {u"expires_at"_s, Protocol::toWireTime(at.addDays(1))}}},
            {u"last_message"_s,
                QJsonObject {
                    {u"preview"_s, u"Oi"_s}, {u"direction"_s, u"in"_s}, {u"at"_s, Protocol::toWireTime(at)}}},
            {u"unread"_s, 1}};
    }

    static QJsonObject agentJson()
    {
        return {{u"id"_s, 3}, {u"username"_s, u"maria"_s}, {u"display_name"_s, u"Maria Souza"_s},
            {u"role"_s, u"agent"_s}, {u"presence"_s, u"online"_s}, {u"capacity"_s, 8}, {u"open_count"_s, 2}};
    }

private:
    void accept()
    {
        while (QWebSocket* socket = m_server.nextPendingConnection()) {
            ++connectionCount;
            m_sockets.append(socket);
            QObject::connect(socket, &QWebSocket::textMessageReceived, &m_server,
                [this, socket](const QString& text) { onRequest(socket, text); });
            const QJsonObject hello {{u"protocol"_s, helloProtocol}, {u"server"_s, u"scripted/1"_s},
                {u"time"_s, Protocol::toWireTime(serverTime)}, {u"max_frame"_s, 1048576}};
            socket->sendTextMessage(QString::fromUtf8(
                Protocol::FrameCodec::encode(Protocol::Event {0, u"hello"_s, serverTime, hello})));
        }
    }

    void reply(QWebSocket* socket, const Protocol::Reply& reply)
    {
        socket->sendTextMessage(QString::fromUtf8(Protocol::FrameCodec::encode(reply)));
    }

    void onRequest(QWebSocket* socket, const QString& text)
    {
        auto decoded = Protocol::FrameCodec::decodeRequest(text.toUtf8());
        if (!std::holds_alternative<Protocol::Request>(decoded))
            return;
        const auto request = std::get<Protocol::Request>(decoded);
        requests.append(request);
        if (override) {
            if (auto answer = override(request)) {
                reply(socket, *answer);
                return;
            }
        }
        const QString op = request.op;
        const QString now = Protocol::toWireTime(serverTime);
        if (op == Protocol::Op::Login) {
            if (request.args.value(u"password"_s).toString() != password) {
                reply(socket,
                    Protocol::Reply::failure(
                        request.id, Protocol::ErrorCode::Unauthenticated, u"Wrong username or password"_s));
                return;
            }
            reply(socket,
                Protocol::Reply::success(request.id,
                    {{u"token"_s, token}, {u"server_time"_s, now}, {u"last_seq"_s, head()},
                        {u"agent"_s, agentJson()}}));
        } else if (op == Protocol::Op::Resume) {
            if (request.args.value(u"token"_s).toString() != token) {
                reply(socket,
                    Protocol::Reply::failure(
                        request.id, Protocol::ErrorCode::Unauthenticated, u"Session expired"_s));
                return;
            }
            const qint64 from = request.args.value(u"last_seq"_s).toInteger();
            reply(socket,
                Protocol::Reply::success(request.id,
                    {{u"resync"_s, resyncOnResume}, {u"last_seq"_s, head()}, {u"server_time"_s, now},
                        {u"agent"_s, agentJson()}}));
            if (resyncOnResume)
                return;
            QList<Protocol::Event> replay;
            for (const auto& event : std::as_const(m_journal)) {
                if (event.seq > from)
                    replay.append(event);
            }
            if (!replay.isEmpty())
                socket->sendTextMessage(QString::fromUtf8(Protocol::FrameCodec::encode(replay)));
        } else if (op == Protocol::Op::Snapshot) {
            QJsonArray list;
            for (const auto& c : std::as_const(conversations))
                list.append(c);
            reply(socket,
                Protocol::Reply::success(request.id,
                    {{u"last_seq"_s, head()}, {u"server_time"_s, now},
                        {u"agents"_s, QJsonArray {agentJson()}}, {u"conversations"_s, list},
                        {u"templates"_s, QJsonArray {}}}));
        } else if (op == Protocol::Op::Ping) {
            reply(socket, Protocol::Reply::success(request.id, {{u"server_time"_s, now}}));
        } else if (op == Protocol::Op::MessageSend) {
            onSend(socket, request);
        } else {
            reply(socket, Protocol::Reply::success(request.id, {}));
        }
    }

    void onSend(QWebSocket* socket, const Protocol::Request& request)
    {
        const QString key = request.args.value(u"key"_s).toString();
        const bool known = storedByKey.contains(key);
        if (!known) {
            Protocol::MessageInfo message;
            message.id = 981 + storedByKey.size();
            message.conversationId = request.args.value(u"conversation_id"_s).toInteger();
            message.key = key;
            message.direction = u"out"_s;
            message.text = request.args.value(u"text"_s).toString();
            message.authorId = 3;
            message.status = u"queued"_s;
            message.createdAt = serverTime;
            storedByKey.insert(key, message.toJson());
            journal(Protocol::Ev::MessageCreated, {{u"message"_s, message.toJson()}}, !swallowSends);
        }
        if (swallowSends)
            return;
        reply(socket, Protocol::Reply::success(request.id, {{u"message"_s, storedByKey.value(key)}}));
    }

    QWebSocketServer m_server;
    QList<QWebSocket*> m_sockets;
    QList<Protocol::Event> m_journal;
    qint64 m_baseSeq = 1041;
};

} // namespace Atendo::Test
