#pragma once

#include "protocol/frames.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace Atendo {

class Clock;
class Gateway;
class Journal;

// Every change a console must see goes through here: appended to the journal
// (which gives it its seq), then pushed to every authenticated console. While
// a batch is held (a webhook batch or an op's transaction) events are kept
// back and pushed only once the batch commits, so a console never sees an
// event whose data was rolled back.
class EventBus
{
public:
    EventBus(Journal& journal, Gateway& gateway, const Clock& clock);

    // Journalled; the new seq, 0 when the journal could not store it.
    qint64 publish(QLatin1StringView ev, const QJsonObject& data);
    // Not journalled, never replayed (presence, typing, viewers).
    void publishEphemeral(QLatin1StringView ev, const QJsonObject& data);

    [[nodiscard]] qint64 publishedCount() const { return m_published; }

    // Sees every event when it reaches the consoles (after its commit), so
    // in-memory views such as the team leads' board follow the journal.
    using Observer = std::function<void(const Protocol::Event&)>;
    void addObserver(Observer observer) { m_observers.append(std::move(observer)); }

private:
    // A journalled event with its encoded item; an ephemeral one without.
    struct Encoded
    {
        Protocol::Event event;
        QByteArray item;
    };
    void push(const Encoded& encoded);

    friend class EventBatch;
    void hold();
    void release(bool deliver);

    Journal& m_journal;
    Gateway& m_gateway;
    const Clock& m_clock;
    int m_depth = 0;
    bool m_failed = false;
    QList<Encoded> m_held;
    qint64 m_published = 0;
    QList<Observer> m_observers;
};

// Holds the bus for one unit of work; commit() after the database commit.
class EventBatch
{
public:
    explicit EventBatch(EventBus& bus);
    ~EventBatch();
    EventBatch(const EventBatch&) = delete;
    EventBatch& operator=(const EventBatch&) = delete;

    void commit();

private:
    EventBus& m_bus;
    bool m_done = false;
};

} // namespace Atendo
