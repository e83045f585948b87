#include "consoleclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace Atendo::Test {

using namespace Qt::StringLiterals;

ConsoleClient::ConsoleClient(QObject* parent) : QObject(parent)
{
    m_socket.setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &ConsoleClient::onText);
}

bool ConsoleClient::open(const QUrl& url)
{
    m_hello = {};
    m_socket.open(url);
    return QTest::qWaitFor([this] { return !m_hello.isEmpty(); }, 5000);
}

void ConsoleClient::onText(const QString& text)
{
    ++m_frames;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (doc.isArray()) {
        const QJsonArray items = doc.array();
        for (const QJsonValue& item : items)
            onItem(item.toObject());
    } else {
        onItem(doc.object());
    }
}

void ConsoleClient::onItem(const QJsonObject& item)
{
    if (item.contains(u"re"_s)) {
        m_replies.append(item);
        return;
    }
    const QString ev = item.value(u"ev"_s).toString();
    if (ev == u"hello") {
        m_hello = item.value(u"data"_s).toObject();
        return;
    }
    if (item.contains(u"seq"_s))
        m_lastSeq = std::max(m_lastSeq, item.value(u"seq"_s).toInteger());
    m_events.append(item);
}

QJsonObject ConsoleClient::call(const QString& op, const QJsonObject& args, int timeoutMs)
{
    const qint64 id = m_nextId++;
    QJsonObject request {{u"id"_s, id}, {u"op"_s, op}};
    if (!args.isEmpty())
        request.insert(u"args"_s, args);
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact)));
    QJsonObject reply;
    (void)QTest::qWaitFor(
        [&] {
            for (const QJsonObject& r : std::as_const(m_replies)) {
                if (r.value(u"re"_s).toInteger() == id) {
                    reply = r;
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return reply;
}

QJsonObject ConsoleClient::sendRaw(const QString& text, int timeoutMs)
{
    const qsizetype before = m_replies.size();
    m_socket.sendTextMessage(text);
    (void)QTest::qWaitFor([&] { return m_replies.size() > before; }, timeoutMs);
    return m_replies.size() > before ? m_replies.at(before) : QJsonObject {};
}

bool ConsoleClient::login(const QString& username, const QString& password)
{
    const QJsonObject reply = call(u"login"_s,
        {{u"username"_s, username}, {u"password"_s, password}, {u"protocol"_s, 1},
            {u"client"_s, u"tests"_s}});
    const QJsonObject ok = reply.value(u"ok"_s).toObject();
    if (ok.isEmpty())
        return false;
    m_token = ok.value(u"token"_s).toString();
    m_lastSeq = ok.value(u"last_seq"_s).toInteger();
    m_agentId = ok.value(u"agent"_s).toObject().value(u"id"_s).toInteger();
    return !m_token.isEmpty();
}

QJsonObject ConsoleClient::resume()
{
    return call(u"resume"_s, {{u"token"_s, m_token}, {u"last_seq"_s, m_lastSeq}, {u"protocol"_s, 1}});
}

void ConsoleClient::abort()
{
    m_socket.abort();
}

QList<QJsonObject> ConsoleClient::events(const QString& ev) const
{
    if (ev.isEmpty())
        return m_events;
    QList<QJsonObject> named;
    for (const QJsonObject& event : m_events) {
        if (event.value(u"ev"_s).toString() == ev)
            named.append(event);
    }
    return named;
}

bool ConsoleClient::waitForEvent(
    const QString& ev, const std::function<bool(const QJsonObject& data)>& match, int timeoutMs)
{
    return QTest::qWaitFor(
        [&] {
            for (const QJsonObject& event : std::as_const(m_events)) {
                if (event.value(u"ev"_s).toString() == ev
                    && (!match || match(event.value(u"data"_s).toObject())))
                    return true;
            }
            return false;
        },
        timeoutMs);
}

qint64 ConsoleClient::conversationIdFor(const QString& phone, int timeoutMs)
{
    qint64 id = 0;
    waitForEvent(
        u"conversation.changed"_s,
        [&](const QJsonObject& data) {
            const QJsonObject conversation = data.value(u"conversation"_s).toObject();
            if (conversation.value(u"contact"_s).toObject().value(u"phone"_s).toString() != phone)
                return false;
            id = conversation.value(u"id"_s).toInteger();
            return true;
        },
        timeoutMs);
    return id;
}

QJsonObject ConsoleClient::lastEventData(const QString& ev) const
{
    const QList<QJsonObject> named = events(ev);
    return named.isEmpty() ? QJsonObject {} : named.last().value(u"data"_s).toObject();
}

} // namespace Atendo::Test
