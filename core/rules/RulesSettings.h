#pragma once

#include "engine/EngineConfig.h"

class QSettings;

namespace ringback {

// Typed access to the office's rule settings in the profile's settings.ini.
// One table of keys and defaults; what is missing keeps its default, what is
// malformed is reported and keeps its default too.
//
//   [office]  company_name, home_region, agent_name, callback_window
//             (and, read elsewhere: average_job_value, user_name)
//   [rules]   triggers (no-answer,busy,voicemail,canceled), min_ring_seconds,
//             send_delay_seconds, dedup_hours, active_hours, max_catch_up_minutes,
//             text_international, send_rate_per_second, opt_out_scope (all|line),
//             spam_calls, spam_minutes, opt_out_hint, quiet_hours, quiet_window
//             (08:00-21:00), quiet_state_windows, quiet_first_text (immediate|hold),
//             line_type_lookup (false)
//   [hours]   time_zone (IANA, e.g. America/Chicago), schedule ("mon 08:00-17:00"
//             lines), closures ("2026-12-25 Christmas" lines), after_hours_only
//   [lines]   <E.164 without +>/enabled, /after_hours_only, /schedule
//   [urgency] rules: one rule per line, "severity | label | phrase, phrase"
//   [templates] <id> = text (overrides a shipped default)
class RulesSettings
{
public:
    static EngineConfig load(QSettings &settings, QStringList *problems = nullptr);
    static void save(QSettings &settings, const EngineConfig &config);
};

} // namespace ringback
