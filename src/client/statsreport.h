#pragma once

#include "client/agentsession.h"

#include <QDate>
#include <QObject>

namespace Atendo {

class StatsTableModel;

// One stats.get answer (cost, compliance and the charts' numbers) as table
// models: notifications by category and by agent with the rate card's estimate
// and what Meta reported billable, failed sends by Meta code, templates by
// status and quality, volume per hour, the waiting-time distribution and first
// response per agent. Asked once per period; the server computes it.
class StatsReport : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatsReport)

public:
    enum class Period
    {
        Today,
        ThisWeek, // Monday to today
        ThisMonth
    };
    Q_ENUM(Period)

    struct Totals
    {
        int sent = 0;
        int delivered = 0;
        int billableReported = 0;
        qint64 estimatedMicros = 0;
        int failures = 0;
        int optOuts = 0;
    };

    explicit StatsReport(AgentSession* session = nullptr, QObject* parent = nullptr);

    // The dates (inclusive) a period covers on the day `today`.
    [[nodiscard]] static std::pair<QDate, QDate> range(Period period, const QDate& today);
    // Asks the server for the period, counted from the server's clock (UTC date).
    void load(Period period);
    void load(const QDate& from, const QDate& to);
    // A stats.get reply's `ok` object.
    void applyStats(const QJsonObject& stats);

    [[nodiscard]] QDate from() const { return m_from; }
    [[nodiscard]] QDate to() const { return m_to; }
    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] QString currency() const { return m_currency; }
    [[nodiscard]] const Totals& totals() const { return m_totals; }
    [[nodiscard]] QString money(qint64 micros) const;

    [[nodiscard]] StatsTableModel* byCategory() const { return m_byCategory; }
    [[nodiscard]] StatsTableModel* byAgent() const { return m_byAgent; }
    [[nodiscard]] StatsTableModel* failures() const { return m_failures; }
    [[nodiscard]] StatsTableModel* templates() const { return m_templates; }
    [[nodiscard]] StatsTableModel* volume() const { return m_volume; }
    [[nodiscard]] StatsTableModel* waiting() const { return m_waiting; }
    [[nodiscard]] StatsTableModel* firstResponse() const { return m_firstResponse; }

Q_SIGNALS:
    void loaded();
    void loadFailed(Atendo::Protocol::ErrorCode code, const QString& message);

private:
    void setHeaders();
    void fillCost(const QJsonObject& stats);
    void fillCompliance(const QJsonObject& stats);
    void fillCharts(const QJsonObject& stats);
    [[nodiscard]] QString agentName(qint64 agentId) const;

    AgentSession* m_session;
    QDate m_from;
    QDate m_to;
    bool m_loading = false;
    qint64 m_generation = 0;
    QString m_currency = QStringLiteral("USD");
    Totals m_totals;
    StatsTableModel* m_byCategory;
    StatsTableModel* m_byAgent;
    StatsTableModel* m_failures;
    StatsTableModel* m_templates;
    StatsTableModel* m_volume;
    StatsTableModel* m_waiting;
    StatsTableModel* m_firstResponse;
};

} // namespace Atendo
