#pragma once

#include <QObject>

class TestWebhookSignature : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signMatchesOpenSslVectors();
    void verifyAcceptsGenuineHeader();
    void verifyAcceptsUpperCaseHexAndSurroundingSpace();
    void verifyRoundTripsSign();
    void verifyRejects_data();
    void verifyRejects();
};
