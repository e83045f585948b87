#include "client/localcache.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;

namespace {

const QDateTime t0(QDate(2026, 11, 25), QTime(14, 0), Qt::UTC);

Protocol::ConversationInfo conversation(qint64 id, const QDateTime& activity)
{
    Protocol::ConversationInfo c;
    c.id = id;
    c.contact.id = id + 100;
    c.contact.key = u"wa:55119%1"_s.arg(id);
    c.contact.name = u"Contato %1"_s.arg(id);
    c.contact.phone = u"+55119%1"_s.arg(id);
    c.contact.consentState = u"opted_in"_s;
    c.assigneeId = 3;
    c.lastActivityAt = activity;
    c.lastInboundAt = activity;
    c.windowExpiresAt = activity.addDays(1);
    c.lastMessagePreview = u"Vocês entregam no sábado?"_s;
    c.lastMessageDirection = u"in"_s;
    c.unread = 2;
    c.createdAt = activity;
    return c;
}

Protocol::MessageInfo message(qint64 id, qint64 conversationId)
{
    Protocol::MessageInfo m;
    m.id = id;
    m.conversationId = conversationId;
    m.key = u"k-%1"_s.arg(id);
    m.direction = u"out"_s;
    m.text = u"mensagem %1"_s.arg(id);
    m.authorId = 3;
    m.status = u"queued"_s;
    m.createdAt = t0.addSecs(id);
    return m;
}

} // namespace

class TestLocalCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path() const { return m_dir.filePath(u"server_7730/maria.sqlite"_s); }

private Q_SLOTS:
    void init() { QFile::remove(path()); }

    void snapshotSurvivesARestart()
    {
        Protocol::AgentInfo agent {3, u"maria"_s, u"Maria Souza"_s, u"agent"_s, u"online"_s, 8, 2};
        MessageTemplate tmpl;
        tmpl.id = u"1203980455"_s;
        tmpl.name = u"pedido_enviado"_s;
        tmpl.language = u"pt_BR"_s;
        tmpl.status = TemplateStatus::Approved;
        tmpl.bodyText = u"Olá {{1}}, seu pedido {{2}} foi enviado."_s;
        {
            LocalCache cache(path());
            QVERIFY(cache.isOpen());
            cache.saveSnapshot(1041, {conversation(1, t0), conversation(2, t0.addSecs(60))}, {tmpl}, {agent});
            cache.setToken(u"v1.mQ2b7Xc9kE4p"_s);
            cache.setAgent(agent);
            cache.saveConversation(conversation(3, t0.addSecs(-60)));
            cache.setLastSeq(1044);
        }
        LocalCache cache(path());
        const auto conversations = cache.conversations();
        QCOMPARE(conversations.size(), 3);
        QCOMPARE(conversations.at(0), conversation(2, t0.addSecs(60))); // most recent first
        QCOMPARE(conversations.at(1), conversation(1, t0));
        QCOMPARE(conversations.at(2).id, 3);
        QCOMPARE(cache.lastSeq(), 1044);
        QCOMPARE(cache.token(), u"v1.mQ2b7Xc9kE4p"_s);
        QCOMPARE(cache.agent(), agent);
        QCOMPARE(cache.agents(), QList<Protocol::AgentInfo> {agent});
        QCOMPARE(cache.templates().size(), 1);
        QCOMPARE(cache.templates().first(), tmpl);
    }

    void aNewSnapshotReplacesTheOldWorkingSet()
    {
        LocalCache cache(path());
        cache.saveSnapshot(10, {conversation(1, t0), conversation(2, t0)}, {}, {});
        cache.saveSnapshot(20, {conversation(2, t0)}, {}, {});
        QCOMPARE(cache.conversations().size(), 1);
        QCOMPARE(cache.lastSeq(), 20);
    }

    void recentMessagesAreTheNewestOldestFirst()
    {
        LocalCache cache(path());
        QList<Protocol::MessageInfo> messages;
        for (qint64 id = 1; id <= 80; ++id)
            messages.append(message(id, id % 2 ? 42 : 43));
        cache.saveMessages(messages);
        const auto recent = cache.recentMessages(42, 10);
        QCOMPARE(recent.size(), 10);
        QCOMPARE(recent.first().id, 61);
        QCOMPARE(recent.last().id, 79);
        QCOMPARE(recent.last(), message(79, 42));
    }

    void statusEventsUpdateTheCachedCopyForwardOnly()
    {
        LocalCache cache(path());
        cache.saveMessages({message(981, 42)});
        cache.applyMessageStatus(981, {{u"status"_s, u"read"_s}, {u"wamid"_s, u"wamid.X"_s}});
        cache.applyMessageStatus(981, {{u"status"_s, u"delivered"_s}}); // late webhook
        const auto cached = cache.recentMessages(42).first();
        QCOMPARE(cached.status, u"read"_s);
        QCOMPARE(cached.wamid, u"wamid.X"_s);
    }

    void echoesWithoutServerIdAreNotCached()
    {
        LocalCache cache(path());
        Protocol::MessageInfo echo = message(0, 42);
        echo.status = u"pending"_s;
        cache.saveMessages({echo});
        QVERIFY(cache.recentMessages(42).isEmpty());
    }

    void clearForgetsEverything()
    {
        LocalCache cache(path());
        cache.saveSnapshot(5, {conversation(1, t0)}, {}, {});
        cache.setToken(u"t"_s);
        cache.saveMessages({message(1, 1)});
        cache.clear();
        QVERIFY(cache.conversations().isEmpty());
        QVERIFY(cache.token().isEmpty());
        QCOMPARE(cache.lastSeq(), 0);
        QVERIFY(cache.recentMessages(1).isEmpty());
    }

    void aBatchIsCommittedWholeAtItsEnd()
    {
        LocalCache cache(path());
        cache.setLastSeq(10);
        LocalCache reader(path()); // another connection sees only what was committed
        cache.beginBatch();
        cache.saveConversations({conversation(1, t0), conversation(2, t0.addSecs(60))});
        cache.saveMessages({message(5, 1)}); // nests inside the batch
        cache.beginBatch();
        cache.setLastSeq(12);
        cache.endBatch();
        QCOMPARE(reader.lastSeq(), 10);
        QVERIFY(reader.conversations().isEmpty());
        QVERIFY(reader.recentMessages(1).isEmpty());
        cache.endBatch();
        QCOMPARE(reader.lastSeq(), 12);
        QCOMPARE(reader.conversations().size(), 2);
        QCOMPARE(reader.conversations().first().id, 2);
        QCOMPARE(reader.recentMessages(1).size(), 1);
    }

    void defaultPathIsPerServerAndAgent()
    {
        const QString a = LocalCache::defaultPath(QUrl(u"ws://desk.example:7730/"_s), u"maria"_s);
        QVERIFY(a.endsWith(u"/desk.example_7730/maria.sqlite"_s));
        QVERIFY(a != LocalCache::defaultPath(QUrl(u"ws://desk.example:7730/"_s), u"joao"_s));
    }
};

QTEST_GUILESS_MAIN(TestLocalCache)
#include "tst_localcache.moc"
