// Simulated customers: they answer the agent after a short delay, and the
// control API switches them on and off.
#include "sandboxfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSandboxCustomers : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> f;

private Q_SLOTS:
    void init() { f = std::make_unique<SandboxFixture>(); }
    void cleanup() { f.reset(); }

    void personaAnswersTheAgent()
    {
        QFile personas(qEnvironmentVariable("ATENDO_SOURCE_DIR") + u"/src/sandbox/resources/personas.json"_s);
        QVERIFY(personas.open(QIODevice::ReadOnly));
        const QJsonArray answers = QJsonDocument::fromJson(personas.readAll())
                                       .object()
                                       .value(u"phrases"_s)
                                       .toObject()
                                       .value(u"pt_BR"_s)
                                       .toObject()
                                       .value(u"answers"_s)
                                       .toArray();
        QVERIFY(f->start());
        const QString carlos = u"5511976543210"_s; // a pt_BR persona
        f->inject(carlos);
        QCOMPARE(f->http.post(f->url(u"/sandbox/customers"_s), {{u"mode"_s, u"busy"_s}}).status, 200);
        const QString wamid
            = SandboxFixture::wamidOf(f->sendText(carlos, u"Olá Carlos, como posso ajudar?"_s));
        QVERIFY(!wamid.isEmpty());

        const auto answered = [&] {
            for (const QJsonObject& message : f->receiver->messages()) {
                if (message.value(u"from"_s).toString() != carlos)
                    continue;
                if (message.value(u"reaction"_s).toObject().value(u"message_id"_s).toString() == wamid
                    || message.value(u"context"_s).toObject().value(u"id"_s).toString() == wamid
                    || answers.contains(message.value(u"text"_s).toObject().value(u"body"_s)))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(answered(), 10000);
        // The persona's contact carries its profile name.
        const QJsonObject contact
            = f->receiver->values(u"messages"_s).last().value(u"contacts"_s).toArray().first().toObject();
        QCOMPARE(
            contact.value(u"profile"_s).toObject().value(u"name"_s).toString(), u"Carlos Eduardo Lima"_s);
    }

    void controlApiSwitchesCustomers()
    {
        QVERIFY(f->start());
        QCOMPARE(f->http.get(f->url(u"/sandbox/customers"_s)).json().value(u"mode"_s).toString(), u"off"_s);
        QCOMPARE(f->http.post(f->url(u"/sandbox/customers"_s), {{u"mode"_s, u"calm"_s}}).status, 200);
        QCOMPARE(f->http.get(f->url(u"/sandbox/customers"_s)).json().value(u"mode"_s).toString(), u"calm"_s);
        QCOMPARE(f->http.post(f->url(u"/sandbox/customers"_s), {{u"mode"_s, u"crowded"_s}}).status, 400);
        QCOMPARE(f->sandbox->config().customers, Atendo::CustomerRate::Calm);
    }

    void clockMovesByTheControlApi()
    {
        QVERIFY(f->start());
        const qint64 before = f->http.get(f->url(u"/sandbox/clock"_s)).json().value(u"unix"_s).toInteger();
        const auto moved = f->http.post(f->url(u"/sandbox/clock/advance"_s), {{u"seconds"_s, 3600}});
        QCOMPARE(moved.status, 200);
        QCOMPARE(moved.json().value(u"unix"_s).toInteger(), before + 3600);
        QCOMPARE(moved.json().value(u"offset_seconds"_s).toInteger(), 3600);
        f->clock.advance(std::chrono::seconds(10)); // the embedder's clock still counts
        QCOMPARE(f->sandbox->now().toSecsSinceEpoch(), before + 3610);
        QCOMPARE(f->http.post(f->url(u"/sandbox/clock/advance"_s), {{u"seconds"_s, -5}}).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestSandboxCustomers)
#include "tst_sandboxcustomers.moc"
