#include "util/Clock.h"

namespace ringback {

Clock &Clock::system()
{
    static SystemClock clock;
    return clock;
}

} // namespace ringback
