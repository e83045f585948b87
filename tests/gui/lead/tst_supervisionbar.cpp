#include "client/agentsession.h"
#include "client/supervision.h"
#include "console/supervisionbar.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Atendo;
using namespace Qt::StringLiterals;

namespace {
Protocol::Event ephemeral(const QString& ev, const QJsonObject& data)
{
    return {0, ev, QDateTime(), data};
}
} // namespace

class TestSupervisionBar : public QObject
{
    Q_OBJECT

    TestClock m_clock {QDateTime(QDate(2026, 11, 25), QTime(14, 30), Qt::UTC)};

private Q_SLOTS:
    void showsViewersAndTheAgentsDraft()
    {
        AgentSession session(&m_clock);
        Supervision supervision(&session);
        supervision.setLeadMode(true);
        SupervisionBar bar(&supervision, &session);
        Q_EMIT session.agentsChanged({{3, u"maria"_s, u"Maria Souza"_s, u"agent"_s, u"online"_s, 8, 2},
            {7, u"ana"_s, u"Ana Ribeiro"_s, u"team_lead"_s, u"online"_s, 0, 0}});
        QVERIFY(bar.isHidden()); // no conversation
        Protocol::ConversationInfo c;
        c.id = 42;
        c.assigneeId = 3;
        bar.setConversation(c);
        bar.show();
        QCOMPARE(bar.viewersLabel()->text(), u"Nobody else is viewing"_s);
        Q_EMIT session.ephemeralEvent(
            ephemeral(u"viewers"_s, {{u"conversation_id"_s, 42}, {u"agent_ids"_s, QJsonArray {3, 7}}}));
        QCOMPARE(bar.viewersLabel()->text(), u"Viewing: Maria Souza, Ana Ribeiro"_s);
        Q_EMIT session.ephemeralEvent(
            ephemeral(u"viewers"_s, {{u"conversation_id"_s, 99}, {u"agent_ids"_s, QJsonArray {7}}}));
        QCOMPARE(bar.viewersLabel()->text(), u"Viewing: Maria Souza, Ana Ribeiro"_s); // another conversation
        QVERIFY(bar.draftLabel()->isHidden());
        Q_EMIT session.ephemeralEvent(ephemeral(u"typing"_s,
            {{u"conversation_id"_s, 42}, {u"agent_id"_s, 3}, {u"draft"_s, u"Entregamos sim, das"_s}}));
        QVERIFY(bar.draftLabel()->isVisible());
        QCOMPARE(bar.draftLabel()->text(), u"Maria Souza is typing: “Entregamos sim, das”"_s);
        // An agent's console gets typing without a draft: nothing to show.
        Q_EMIT session.ephemeralEvent(
            ephemeral(u"typing"_s, {{u"conversation_id"_s, 43}, {u"agent_id"_s, 3}}));
        QVERIFY(supervision.draft(43).isEmpty());
    }

    void silentWatchIsTheLeadsDefaultExceptOnTheirOwn()
    {
        AgentSession session(&m_clock);
        Supervision supervision(&session);
        QVERIFY(!supervision.isSilent()); // an agent never watches silently
        supervision.setLeadMode(true);
        SupervisionBar bar(&supervision, &session);
        QSignalSpy silent(&supervision, &Supervision::silentChanged);
        supervision.viewConversation(42, false);
        QVERIFY(supervision.isSilent());
        QVERIFY(bar.silentBox()->isChecked());
        bar.silentBox()->click();
        QVERIFY(!supervision.isSilent());
        QCOMPARE(silent.count(), 1);
        bar.silentBox()->click();
        QVERIFY(supervision.isSilent());
        supervision.viewConversation(42, true); // taken over: it is the lead's own now
        QVERIFY(!supervision.isSilent());
        QVERIFY(supervision.silentWanted());
    }

    void takeOverIsOfferedOnlyForSomeoneElsesConversation()
    {
        AgentSession session(&m_clock);
        Supervision supervision(&session);
        supervision.setLeadMode(true);
        SupervisionBar bar(&supervision, &session);
        Protocol::ConversationInfo c;
        c.id = 42;
        c.assigneeId = 3;
        bar.setConversation(c);
        QVERIFY(bar.takeOverButton()->isEnabled());
        c.state = u"resolved"_s;
        bar.setConversation(c);
        QVERIFY(!bar.takeOverButton()->isEnabled());
        bar.whisperEdit()->setText(u"   "_s);
        bar.sendWhisper(); // blank: nothing to send, the text stays
        QCOMPARE(bar.whisperEdit()->text(), u"   "_s);
    }
};

QTEST_MAIN(TestSupervisionBar)
#include "tst_supervisionbar.moc"
