#include "cloudapi/cloudapilogging.h"

Q_LOGGING_CATEGORY(lcCloudApi, "atendo.cloudapi")
