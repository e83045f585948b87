#pragma once

// Board and stats frames exactly as the server sends them (docs/protocol.md).

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Atendo::Test {

inline QJsonObject json(const QByteArray& text)
{
    return QJsonDocument::fromJson(text).object();
}

// 14:30: João (conversation 42) has waited 14 min, Ana's window (43) closes
// within the hour, Pedro holds 9 of 8.
inline QJsonObject boardJson()
{
    return json(R"({"at": "2026-11-25T14:30:00.000Z",
        "thresholds": {"waiting_minutes": 10, "window_closing_minutes": 60},
        "queue": {"open": 3, "unassigned": 1, "waiting": 2, "waiting_over_threshold": 1,
                  "oldest_waiting_since": "2026-11-25T14:16:00.000Z", "windows_closing": 1},
        "agents": [
          {"agent_id": 3, "presence": "online", "open_count": 2, "capacity": 8, "sent_today": 41,
           "first_response_median_s": 95, "response_median_s": 210},
          {"agent_id": 5, "presence": "away", "open_count": 9, "capacity": 8, "sent_today": 12,
           "first_response_median_s": null, "response_median_s": 3725}],
        "alerts": [
          {"kind": "customer_waiting", "severity": "warning", "conversation_id": 42, "agent_id": null,
           "since": "2026-11-25T14:16:00.000Z", "value": 840},
          {"kind": "agent_over_capacity", "severity": "critical", "conversation_id": null, "agent_id": 5,
           "since": "2026-11-25T14:20:00.000Z", "value": 9},
          {"kind": "window_closing", "severity": "warning", "conversation_id": 43, "agent_id": 3,
           "since": "2026-11-25T14:25:00.000Z", "value": 2400}],
        "outbox": {"depth": 4, "failed_last_hour": 1}})");
}

inline QJsonObject statsJson()
{
    return json(R"({"currency": "USD",
        "templates_by_category": [
          {"category": "marketing", "sent": 10, "delivered": 9, "billable_reported": 9, "estimated_micros": 562500},
          {"category": "utility", "sent": 4, "delivered": 4, "billable_reported": 2, "estimated_micros": 16000}],
        "templates_by_agent": [{"agent_id": 3, "sent": 14, "billable_reported": 11, "estimated_micros": 578500}],
        "failures_by_code": [{"code": "meta_131047", "count": 3}, {"code": "meta_131026", "count": 1}],
        "opt_outs": 2,
        "templates": [{"name": "pedido_enviado", "language": "pt_BR", "status": "APPROVED", "quality": "GREEN", "category": "UTILITY"},
                      {"name": "promo, \"black\" friday", "language": "pt_BR", "status": "PAUSED", "quality": "RED", "category": "MARKETING"}],
        "volume_per_hour": [{"hour": "2026-11-25T13:00:00.000Z", "inbound": 12, "outbound": 15},
                            {"hour": "2026-11-25T14:00:00.000Z", "inbound": 7, "outbound": 3}],
        "waiting_histogram": [{"upper_s": 60, "count": 5}, {"upper_s": 300, "count": 3}, {"upper_s": 900, "count": 1},
                              {"upper_s": 3600, "count": 0}, {"upper_s": null, "count": 2}],
        "first_response_by_agent": [{"agent_id": 3, "median_s": 95, "count": 20}, {"agent_id": 5, "median_s": 610, "count": 4}]})");
}

} // namespace Atendo::Test
