#pragma once

#include <QObject>

class TestWebhookParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void batchIsFlattenedAcrossEntriesChangesAndItems();
    void templateStatusEvents();
    void templateQualityEvent();
    void userPreferencesStopAndResume();
    void refusedBodies_data();
    void refusedBodies();
    void emptyEntryListIsAnEmptyBatch();
    void wrongTypesInsideAreSkippedWithWarnings_data();
    void wrongTypesInsideAreSkippedWithWarnings();
    void bodyOfThreeMegabytesIsParsed();
    void bodyBeyondTheLimitIsRefused();
    void deeplyNestedGarbageDoesNotCrash();
};
