#pragma once

#include <QObject>

class TestStatusUpdate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliveredFromMetaExample();
    void sentWithRegularMarketingPricingAndConversation();
    void readFromFreeEntryPointWithCbp();
    void failedWithError();
    void bsuidRecipient();
    void unknownStatusIsKeptWithWarning();
    void statusWithoutIdIsSkipped();
    void statusNamesRoundTrip();
};
