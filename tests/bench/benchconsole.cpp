#include "benchconsole.h"

#include "eventwait.h"
#include "framescan.h"
#include "machineinfo.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Atendo::Bench {

using namespace Qt::StringLiterals;

BenchConsole::BenchConsole(QObject* parent) : QObject(parent)
{
    m_socket.setMaxAllowedIncomingMessageSize(256 * 1024 * 1024);
    m_socket.setReadBufferSize(0);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &BenchConsole::onText);
}

void BenchConsole::openAsync(const QUrl& url)
{
    m_greeted = false;
    m_socket.open(url);
}

bool BenchConsole::open(const QUrl& url, int timeoutMs)
{
    openAsync(url);
    return EventWait::until([this] { return m_greeted; }, timeoutMs);
}

void BenchConsole::call(const QString& op, const QJsonObject& args)
{
    m_lastReply = {};
    const QJsonObject request {{u"id"_s, m_nextId++}, {u"op"_s, op}, {u"args"_s, args}};
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact)));
}

void BenchConsole::sendLogin(const QString& username, const QString& password)
{
    call(u"login"_s,
        {{u"username"_s, username}, {u"password"_s, password}, {u"protocol"_s, 1},
            {u"client"_s, u"bench"_s}});
}

bool BenchConsole::login(const QString& username, const QString& password, int timeoutMs)
{
    sendLogin(username, password);
    return EventWait::until([this] { return hasReply(); }, timeoutMs) && isLoggedIn();
}

void BenchConsole::sendResume(qint64 lastSeq)
{
    m_lastSeq = lastSeq;
    call(u"resume"_s, {{u"token"_s, m_token}, {u"last_seq"_s, lastSeq}, {u"protocol"_s, 1}});
}

void BenchConsole::onText(const QString& text)
{
    const qint64 arrived = MachineInfo::monotonicNs();
    ++m_frames;
    m_bytes += FrameScan::utf8Size(text);
    if (!parseFrames && isLoggedIn()) {
        // Receive-only: such a console sends no request once logged in, so no
        // reply arrives here; events are followed by their seq alone (FrameScan).
        const qint64 seq = FrameScan::lastSeq(text);
        m_lastEventSeq = std::max(m_lastEventSeq, seq);
        m_lastSeq = std::max(m_lastSeq, seq);
    } else {
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
        if (doc.isArray()) {
            const QJsonArray items = doc.array();
            for (const QJsonValue& item : items)
                onItem(item.toObject());
        } else {
            onItem(doc.object());
        }
    }
    if (onFrame)
        onFrame(text, arrived);
}

void BenchConsole::onItem(const QJsonObject& item)
{
    if (item.contains(u"re"_s)) {
        m_lastReply = item;
        const QJsonObject ok = item.value(u"ok"_s).toObject();
        if (ok.contains(u"token"_s))
            m_token = ok.value(u"token"_s).toString();
        if (ok.contains(u"last_seq"_s))
            m_lastSeq = std::max(m_lastSeq, ok.value(u"last_seq"_s).toInteger());
        return;
    }
    if (item.value(u"ev"_s).toString() == u"hello") {
        m_greeted = true;
        return;
    }
    if (item.contains(u"seq"_s)) {
        ++m_journalled;
        m_lastEventSeq = std::max(m_lastEventSeq, item.value(u"seq"_s).toInteger());
        m_lastSeq = std::max(m_lastSeq, m_lastEventSeq);
    }
}

} // namespace Atendo::Bench
