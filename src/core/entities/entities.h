#pragma once
// All entity value types.
#include "core/entities/account.h"
#include "core/entities/announcement.h"
#include "core/entities/common.h"
#include "core/entities/filter.h"
#include "core/entities/instance.h"
#include "core/entities/notification.h"
#include "core/entities/search.h"
#include "core/entities/status.h"
#include "core/entities/streamingevent.h"
#include "core/entities/usersettings.h"
