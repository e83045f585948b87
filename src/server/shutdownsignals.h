#pragma once

#include <QObject>

class QSocketNotifier;

namespace Atendo {

// SIGINT and SIGTERM turned into a Qt signal (the self-pipe trick), so the
// server shuts down from the event loop and finishes its in-flight writes.
class ShutdownSignals : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShutdownSignals)

public:
    explicit ShutdownSignals(QObject* parent = nullptr);
    ~ShutdownSignals() override;

Q_SIGNALS:
    void requested();

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace Atendo
