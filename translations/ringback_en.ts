<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ringback::BusinessHours</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>by appointment</source>
        <translation>by appointment</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a day (mon, tue, wed, thu, fri, sat, sun).</source>
        <translation>Line %1: &quot;%2&quot; is not a day (mon, tue, wed, thu, fri, sat, sun).</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a time range like 08:00-17:00.</source>
        <translation>Line %1: &quot;%2&quot; is not a time range like 08:00-17:00.</translation>
    </message>
</context>
<context>
    <name>ringback::CommandLine</name>
    <message>
        <source>Ringback texts back the callers your business missed and keeps their replies as conversations.</source>
        <translation>Ringback texts back the callers your business missed and keeps their replies as conversations.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Show this help and exit.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Show the version and exit.</translation>
    </message>
    <message>
        <source>Keep all data and settings under &lt;dir&gt; instead of the default folder.</source>
        <translation>Keep all data and settings under &lt;dir&gt; instead of the default folder.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Run the engine (receive, decide, send) with no window until interrupted (SIGINT/SIGTERM).</source>
        <translation>Run the engine (receive, decide, send) with no window until interrupted (SIGINT/SIGTERM).</translation>
    </message>
    <message>
        <source>Use the provider &lt;id&gt; (simulator, twilio, ...).</source>
        <translation>Use the provider &lt;id&gt; (simulator, twilio, ...).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Read the provider&apos;s settings from the JSON &lt;file&gt; (keys are the provider&apos;s setting names; secrets may come from RINGBACK_&lt;PROVIDER&gt;_&lt;FIELD&gt; instead).</source>
        <translation>Read the provider&apos;s settings from the JSON &lt;file&gt; (keys are the provider&apos;s setting names; secrets may come from RINGBACK_&lt;PROVIDER&gt;_&lt;FIELD&gt; instead).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Write every conversation to &lt;file&gt; (.json or .csv) and exit.</source>
        <translation>Write every conversation to &lt;file&gt; (.json or .csv) and exit.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>--export and --headless cannot be used together.</source>
        <translation>--export and --headless cannot be used together.</translation>
    </message>
</context>
<context>
    <name>ringback::Database</name>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be used: %2</source>
        <translation>The database %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a Ringback database or is damaged: %2</source>
        <translation>The file %1 is not a Ringback database or is damaged: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade the database %1: %2</source>
        <translation>Cannot upgrade the database %1: %2</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>No transaction is open.</translation>
    </message>
</context>
<context>
    <name>ringback::DefaultTemplates</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Hi {first_name}, this is {company}. Sorry we missed your call! What can we help you with? Reply STOP to opt out.</source>
        <extracomment>Text sent to a caller. Keep the {variables} and STOP in English (carriers only understand the English keywords), the question and {company}. Letters other than é è ñ ü ¿ ¡ switch the SMS to UCS-2 (70 characters per segment): stay within 2 segments.</extracomment>
        <translation>Hi {first_name}, this is {company}. Sorry we missed your call! What can we help you with? Reply STOP to opt out.</translation>
    </message>
    <message>
        <source>After hours</source>
        <translation>After hours</translation>
    </message>
    <message>
        <source>Hi {first_name}, {company} here. We&apos;re closed now but saw your call. What do you need help with? We&apos;ll reply when we open. Reply STOP to opt out.</source>
        <extracomment>Text sent to a caller, see &quot;General&quot;.</extracomment>
        <translation>Hi {first_name}, {company} here. We&apos;re closed now but saw your call. What do you need help with? We&apos;ll reply when we open. Reply STOP to opt out.</translation>
    </message>
    <message>
        <source>HVAC: no heat or cooling</source>
        <translation>HVAC: no heat or cooling</translation>
    </message>
    <message>
        <source>Hi {first_name}, sorry we missed you at {company}. Is your heat or AC out? Tell us and we&apos;ll call back {callback_window}. Reply STOP to opt out.</source>
        <extracomment>Text sent to a caller, see &quot;General&quot;. {callback_window} reads like &quot;within 30 minutes&quot;.</extracomment>
        <translation>Hi {first_name}, sorry we missed you at {company}. Is your heat or AC out? Tell us and we&apos;ll call back {callback_window}. Reply STOP to opt out.</translation>
    </message>
    <message>
        <source>Roofing</source>
        <translation>Roofing</translation>
    </message>
    <message>
        <source>Hi {first_name}, {company} here. Sorry we missed your call! Is it a leak, storm damage or a quote you need? Reply STOP to opt out.</source>
        <extracomment>Text sent to a caller, see &quot;General&quot;.</extracomment>
        <translation>Hi {first_name}, {company} here. Sorry we missed your call! Is it a leak, storm damage or a quote you need? Reply STOP to opt out.</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Hi {first_name}, {company} is closed for the holiday. What do you need help with? We&apos;ll get back to you when we reopen. Reply STOP to opt out.</source>
        <extracomment>Text sent to a caller, see &quot;General&quot;.</extracomment>
        <translation>Hi {first_name}, {company} is closed for the holiday. What do you need help with? We&apos;ll get back to you when we reopen. Reply STOP to opt out.</translation>
    </message>
</context>
<context>
    <name>ringback::Engine</name>
    <message>
        <source>the provider did not answer in time</source>
        <translation>the provider did not answer in time</translation>
    </message>
    <message>
        <source>reconcile interrupted sends</source>
        <translation>reconcile interrupted sends</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <extracomment>%1 is what failed, e.g. &quot;store a call&quot;; %2 the reason.</extracomment>
        <translation>Could not %1: %2</translation>
    </message>
    <message>
        <source>store a call</source>
        <translation>store a call</translation>
    </message>
    <message>
        <source>not sent: the &quot;%1&quot; template has an error: %2</source>
        <translation>not sent: the &quot;%1&quot; template has an error: %2</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>Missed call</translation>
    </message>
    <message>
        <source>Answered call</source>
        <translation>Answered call</translation>
    </message>
    <message>
        <source>not sent: the caller called again and was answered</source>
        <translation>not sent: the caller called again and was answered</translation>
    </message>
    <message>
        <source>store a reply</source>
        <translation>store a reply</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>The message is empty.</translation>
    </message>
    <message>
        <source>The message is %1 characters long; the limit is %2.</source>
        <translation>The message is %1 characters long; the limit is %2.</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>This conversation no longer exists.</translation>
    </message>
    <message>
        <source>Not sent: %1 is not a number that can receive texts.</source>
        <translation>Not sent: %1 is not a number that can receive texts.</translation>
    </message>
    <message>
        <source>not sent: the office wrote to the caller first</source>
        <translation>not sent: the office wrote to the caller first</translation>
    </message>
    <message>
        <source>read the outbox</source>
        <translation>read the outbox</translation>
    </message>
    <message>
        <source>not sent: the number opted out before it went out</source>
        <translation>not sent: the number opted out before it went out</translation>
    </message>
    <message>
        <source>not sent: a probable opt-out is waiting for review</source>
        <translation>not sent: a probable opt-out is waiting for review</translation>
    </message>
    <message>
        <source>cancel a message to an opted-out number</source>
        <translation>cancel a message to an opted-out number</translation>
    </message>
    <message>
        <source>hold a message for quiet hours</source>
        <translation>hold a message for quiet hours</translation>
    </message>
    <message>
        <source>mark a message as sending</source>
        <translation>mark a message as sending</translation>
    </message>
    <message>
        <source>gave up after %1 attempts: %2</source>
        <translation>gave up after %1 attempts: %2</translation>
    </message>
    <message>
        <source>reschedule a message</source>
        <translation>reschedule a message</translation>
    </message>
    <message>
        <source>record a send result</source>
        <translation>record a send result</translation>
    </message>
    <message>
        <source>gave up after %1 attempts</source>
        <translation>gave up after %1 attempts</translation>
    </message>
    <message>
        <source>interrupted while sending and the provider could not confirm it; not resent so the caller is not texted twice (%1)</source>
        <translation>interrupted while sending and the provider could not confirm it; not resent so the caller is not texted twice (%1)</translation>
    </message>
    <message>
        <source>record a reconciliation</source>
        <translation>record a reconciliation</translation>
    </message>
    <message>
        <source>record a delivery status</source>
        <translation>record a delivery status</translation>
    </message>
    <message>
        <source>save the provider position</source>
        <translation>save the provider position</translation>
    </message>
    <message>
        <source>no conversation %1</source>
        <translation>no conversation %1</translation>
    </message>
    <message>
        <source>not sent: probable opt-out waiting for review</source>
        <translation>not sent: probable opt-out waiting for review</translation>
    </message>
    <message>
        <source>Not sent: %1 opted out of texts (%2).</source>
        <translation>Not sent: %1 opted out of texts (%2).</translation>
    </message>
    <message>
        <source>There is no probable opt-out to confirm in this conversation.</source>
        <translation>There is no probable opt-out to confirm in this conversation.</translation>
    </message>
    <message>
        <source>There is no probable opt-out to dismiss in this conversation.</source>
        <translation>There is no probable opt-out to dismiss in this conversation.</translation>
    </message>
    <message>
        <source>This number has already opted out.</source>
        <translation>This number has already opted out.</translation>
    </message>
    <message>
        <source>This number has not opted out.</source>
        <translation>This number has not opted out.</translation>
    </message>
    <message>
        <source>Reply STOP to opt out.</source>
        <extracomment>Appended to the first automatic text to a number when its template has no opt-out hint. Keep STOP in English: carriers only understand that keyword.</extracomment>
        <translation>Reply STOP to opt out.</translation>
    </message>
    <message>
        <source>not sent: this number can&apos;t receive texts (%1)</source>
        <translation>not sent: this number can&apos;t receive texts (%1)</translation>
    </message>
    <message>
        <source>It&apos;s %1 for this caller (%2 time): quiet hours until %3.</source>
        <translation>It&apos;s %1 for this caller (%2 time): quiet hours until %3.</translation>
    </message>
    <message>
        <source>This number is already marked as spam.</source>
        <translation>This number is already marked as spam.</translation>
    </message>
    <message>
        <source>not sent: marked as spam</source>
        <translation>not sent: marked as spam</translation>
    </message>
    <message>
        <source>This number is not marked as spam.</source>
        <translation>This number is not marked as spam.</translation>
    </message>
    <message>
        <source>A name can be at most 80 characters long.</source>
        <translation>A name can be at most 80 characters long.</translation>
    </message>
</context>
<context>
    <name>ringback::EngineConfig</name>
    <message>
        <source>the office</source>
        <extracomment>{company} in texts while the office has not entered its name.</extracomment>
        <translation>the office</translation>
    </message>
    <message>
        <source>You&apos;re unsubscribed from {company} texts. No more messages will be sent. Reply START to resubscribe.</source>
        <translation>You&apos;re unsubscribed from {company} texts. No more messages will be sent. Reply START to resubscribe.</translation>
    </message>
    <message>
        <source>{company}: reply to this number and we&apos;ll get back to you. Reply STOP to opt out.</source>
        <translation>{company}: reply to this number and we&apos;ll get back to you. Reply STOP to opt out.</translation>
    </message>
    <message>
        <source>shortly</source>
        <translation>shortly</translation>
    </message>
</context>
<context>
    <name>ringback::EngineSession</name>
    <message>
        <source>No provider called &quot;%1&quot; is installed. Installed providers: %2.</source>
        <translation>No provider called &quot;%1&quot; is installed. Installed providers: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Provider settings: %1</source>
        <translation>Provider settings: %1</translation>
    </message>
    <message>
        <source>Provider %1: %2</source>
        <translation>Provider %1: %2</translation>
    </message>
</context>
<context>
    <name>ringback::Exporter</name>
    <message>
        <source>Export to a file ending in .json or .csv (got &quot;%1&quot;).</source>
        <translation>Export to a file ending in .json or .csv (got &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>ringback::Migrations</name>
    <message>
        <source>This data was written by a newer Ringback (schema %1; this version knows %2). Install the newer version to open it.</source>
        <translation>This data was written by a newer Ringback (schema %1; this version knows %2). Install the newer version to open it.</translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation>migration %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>ringback::OptOutLedger</name>
    <message>
        <source>the office</source>
        <translation>the office</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>replied “%1”</source>
        <translation>replied “%1”</translation>
    </message>
    <message>
        <source>“%1” marked not an opt-out by %2</source>
        <translation>“%1” marked not an opt-out by %2</translation>
    </message>
    <message>
        <source>replied %1</source>
        <translation>replied %1</translation>
    </message>
    <message>
        <source>opted back in, recorded by %1</source>
        <translation>opted back in, recorded by %1</translation>
    </message>
    <message>
        <source>replied “%1”, confirmed by %2</source>
        <translation>replied “%1”, confirmed by %2</translation>
    </message>
    <message>
        <source>the provider refused a text: %1</source>
        <translation>the provider refused a text: %1</translation>
    </message>
    <message>
        <source>recorded by %1</source>
        <translation>recorded by %1</translation>
    </message>
    <message>
        <source>recorded by %1: %2</source>
        <translation>recorded by %1: %2</translation>
    </message>
    <message>
        <source>recorded before the opt-out ledger: %1</source>
        <translation>recorded before the opt-out ledger: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>by replying %1</source>
        <translation>by replying %1</translation>
    </message>
    <message>
        <source>by replying “%1” (confirmed by %2)</source>
        <translation>by replying “%1” (confirmed by %2)</translation>
    </message>
    <message>
        <source>according to the provider (%1)</source>
        <translation>according to the provider (%1)</translation>
    </message>
    <message>
        <source>as recorded by %1</source>
        <translation>as recorded by %1</translation>
    </message>
    <message>
        <source>Not sent: %1 opted out on %2 %3.</source>
        <translation>Not sent: %1 opted out on %2 %3.</translation>
    </message>
</context>
<context>
    <name>ringback::OptOutLedgerExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>ringback::PhoneNumber</name>
    <message>
        <source>No phone number was given.</source>
        <translation>No phone number was given.</translation>
    </message>
    <message>
        <source>The caller withheld their number.</source>
        <translation>The caller withheld their number.</translation>
    </message>
    <message>
        <source>&quot;%1…&quot; is too long to be a phone number.</source>
        <translation>&quot;%1…&quot; is too long to be a phone number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>&quot;%1&quot; is not a phone number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number.</source>
        <translation>&quot;%1&quot; is not a valid phone number.</translation>
    </message>
</context>
<context>
    <name>ringback::PluginLoader</name>
    <message>
        <source>not a Qt plugin: %1</source>
        <translation>not a Qt plugin: %1</translation>
    </message>
    <message>
        <source>interface &quot;%1&quot; is not &quot;%2&quot;</source>
        <translation>interface &quot;%1&quot; is not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; is already loaded from %2</source>
        <translation>provider &quot;%1&quot; is already loaded from %2</translation>
    </message>
    <message>
        <source>No provider called &quot;%1&quot; is installed.</source>
        <translation>No provider called &quot;%1&quot; is installed.</translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; could not be loaded: %2</source>
        <translation>The provider &quot;%1&quot; could not be loaded: %2</translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; failed to start.</source>
        <translation>The provider &quot;%1&quot; failed to start.</translation>
    </message>
    <message>
        <source>settings[%1] is not an object</source>
        <translation>settings[%1] is not an object</translation>
    </message>
    <message>
        <source>settings[%1] has no valid &quot;name&quot; (lower_snake_case)</source>
        <translation>settings[%1] has no valid &quot;name&quot; (lower_snake_case)</translation>
    </message>
    <message>
        <source>setting &quot;%1&quot; has an unknown &quot;kind&quot;</source>
        <translation>setting &quot;%1&quot; has an unknown &quot;kind&quot;</translation>
    </message>
    <message>
        <source>choice setting &quot;%1&quot; lists no choices</source>
        <translation>choice setting &quot;%1&quot; lists no choices</translation>
    </message>
    <message>
        <source>metadata has no &quot;apiVersion&quot;</source>
        <translation>metadata has no &quot;apiVersion&quot;</translation>
    </message>
    <message>
        <source>built for provider API %1, this Ringback speaks %2</source>
        <translation>built for provider API %1, this Ringback speaks %2</translation>
    </message>
    <message>
        <source>metadata has no valid &quot;id&quot; (lower case letters, digits, _)</source>
        <translation>metadata has no valid &quot;id&quot; (lower case letters, digits, _)</translation>
    </message>
    <message>
        <source>metadata has no &quot;name&quot;</source>
        <translation>metadata has no &quot;name&quot;</translation>
    </message>
    <message>
        <source>metadata has no &quot;capabilities&quot; list</source>
        <translation>metadata has no &quot;capabilities&quot; list</translation>
    </message>
    <message>
        <source>capabilities name no way to receive events (poll, stream or webhook)</source>
        <translation>capabilities name no way to receive events (poll, stream or webhook)</translation>
    </message>
    <message>
        <source>metadata has no &quot;settings&quot; list</source>
        <translation>metadata has no &quot;settings&quot; list</translation>
    </message>
    <message>
        <source>setting &quot;%1&quot; is declared twice</source>
        <translation>setting &quot;%1&quot; is declared twice</translation>
    </message>
</context>
<context>
    <name>ringback::Profile</name>
    <message>
        <source>Ringback is already running on this profile (process %1 on %2). Only one copy may send texts for %3.</source>
        <translation>Ringback is already running on this profile (process %1 on %2). Only one copy may send texts for %3.</translation>
    </message>
</context>
<context>
    <name>ringback::ProviderSettings</name>
    <message>
        <source>&quot;%1&quot; must be a number.</source>
        <translation>&quot;%1&quot; must be a number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be between %2 and %3.</source>
        <translation>&quot;%1&quot; must be between %2 and %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; must be true or false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address.</source>
        <translation>&quot;%1&quot; is not a valid address.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must use https:// (plain http is allowed only to this computer).</source>
        <translation>&quot;%1&quot; must use https:// (plain http is allowed only to this computer).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an https:// address.</source>
        <translation>&quot;%1&quot; must be an https:// address.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of: %2.</source>
        <translation>&quot;%1&quot; must be one of: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation>&quot;%1&quot; must be text.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unsupported kind.</source>
        <translation>&quot;%1&quot; has an unsupported kind.</translation>
    </message>
    <message>
        <source>The %1 provider has no setting &quot;%2&quot;. Its settings are: %3.</source>
        <translation>The %1 provider has no setting &quot;%2&quot;. Its settings are: %3.</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; is missing (or set %2).</source>
        <translation>The setting &quot;%1&quot; is missing (or set %2).</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; is missing.</source>
        <translation>The setting &quot;%1&quot; is missing.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a provider configuration.</source>
        <translation>%1 is too large to be a provider configuration.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at offset %2: %3).</source>
        <translation>%1 is not valid JSON (at offset %2: %3).</translation>
    </message>
    <message>
        <source>%1 must hold a JSON object of settings.</source>
        <translation>%1 must hold a JSON object of settings.</translation>
    </message>
</context>
<context>
    <name>ringback::QuietHours</name>
    <message>
        <source>Eastern</source>
        <translation>Eastern</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Central</translation>
    </message>
    <message>
        <source>Mountain</source>
        <translation>Mountain</translation>
    </message>
    <message>
        <source>Arizona</source>
        <translation>Arizona</translation>
    </message>
    <message>
        <source>Pacific</source>
        <translation>Pacific</translation>
    </message>
    <message>
        <source>Alaska</source>
        <translation>Alaska</translation>
    </message>
    <message>
        <source>Hawaii</source>
        <translation>Hawaii</translation>
    </message>
    <message>
        <source>Atlantic</source>
        <translation>Atlantic</translation>
    </message>
</context>
<context>
    <name>ringback::RulesSettings</name>
    <message>
        <source>Closure &quot;%1&quot; does not start with a date like 2026-12-25.</source>
        <translation>Closure &quot;%1&quot; does not start with a date like 2026-12-25.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;; using %2.</source>
        <translation>Unknown time zone &quot;%1&quot;; using %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a call result that can trigger a text.</source>
        <translation>&quot;%1&quot; is not a call result that can trigger a text.</translation>
    </message>
    <message>
        <source>Opt-out scope &quot;%1&quot; is not &quot;all&quot; or &quot;line&quot;; using &quot;all&quot;.</source>
        <translation>Opt-out scope &quot;%1&quot; is not &quot;all&quot; or &quot;line&quot;; using &quot;all&quot;.</translation>
    </message>
    <message>
        <source>Texting window &quot;%1&quot; is not like 08:00-21:00; using 08:00-21:00.</source>
        <translation>Texting window &quot;%1&quot; is not like 08:00-21:00; using 08:00-21:00.</translation>
    </message>
    <message>
        <source>First text in quiet hours &quot;%1&quot; is not &quot;immediate&quot; or &quot;hold&quot;; using &quot;immediate&quot;.</source>
        <translation>First text in quiet hours &quot;%1&quot; is not &quot;immediate&quot; or &quot;hold&quot;; using &quot;immediate&quot;.</translation>
    </message>
</context>
<context>
    <name>ringback::Runner</name>
    <message>
        <source>No Ringback data in %1.</source>
        <translation>No Ringback data in %1.</translation>
    </message>
    <message>
        <source>Ringback cannot start</source>
        <translation>Ringback cannot start</translation>
    </message>
    <message>
        <source>Try &apos;ringback --help&apos;.</source>
        <translation>Try &apos;ringback --help&apos;.</translation>
    </message>
</context>
<context>
    <name>ringback::SimulatorProvider</name>
    <message>
        <source>Simulator running</source>
        <translation>Simulator running</translation>
    </message>
    <message>
        <source>Simulator stopped</source>
        <translation>Simulator stopped</translation>
    </message>
    <message>
        <source>simulated failure: %1</source>
        <translation>simulated failure: %1</translation>
    </message>
    <message>
        <source>the recipient replied STOP to this number</source>
        <translation>the recipient replied STOP to this number</translation>
    </message>
    <message>
        <source>the simulator keeps no carrier log without a data folder</source>
        <translation>the simulator keeps no carrier log without a data folder</translation>
    </message>
    <message>
        <source>the carrier has no such message</source>
        <translation>the carrier has no such message</translation>
    </message>
</context>
<context>
    <name>ringback::StartAtLogin</name>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Cannot create the folder for %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>Cannot remove %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the start-at-login setting to the registry.</source>
        <translation>Cannot write the start-at-login setting to the registry.</translation>
    </message>
    <message>
        <source>Cannot remove the start-at-login setting from the registry.</source>
        <translation>Cannot remove the start-at-login setting from the registry.</translation>
    </message>
    <message>
        <source>Text back the callers your business missed</source>
        <translation>Text back the callers your business missed</translation>
    </message>
</context>
<context>
    <name>ringback::Template</name>
    <message>
        <source>Unknown variable %1. Use one of %2.</source>
        <translation>Unknown variable %1. Use one of %2.</translation>
    </message>
    <message>
        <source>Unknown variable %1: did you mean {%2}?</source>
        <translation>Unknown variable %1: did you mean {%2}?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing its closing &quot;}&quot;. Variables look like {first_name}.</source>
        <translation>&quot;%1&quot; is missing its closing &quot;}&quot;. Variables look like {first_name}.</translation>
    </message>
    <message>
        <source>A &quot;}&quot; has no matching &quot;{&quot;. Remove it, or complete the variable, like {company}.</source>
        <translation>A &quot;}&quot; has no matching &quot;{&quot;. Remove it, or complete the variable, like {company}.</translation>
    </message>
    <message>
        <source>Comfort Heating &amp; Air</source>
        <translation>Comfort Heating &amp; Air</translation>
    </message>
    <message>
        <source>Maria</source>
        <translation>Maria</translation>
    </message>
    <message>
        <source>Chris</source>
        <translation>Chris</translation>
    </message>
    <message>
        <source>within 30 minutes</source>
        <translation>within 30 minutes</translation>
    </message>
    <message>
        <source>Mon-Fri 8am-5pm</source>
        <translation>Mon-Fri 8am-5pm</translation>
    </message>
    <message>
        <source>This text can&apos;t be sent until the template is fixed. %1</source>
        <translation>This text can&apos;t be sent until the template is fixed. %1</translation>
    </message>
</context>
<context>
    <name>ringback::TemplateLinter</name>
    <message>
        <source>Promises a visit today: the office may not be able to keep it. Say when you&apos;ll call back instead.</source>
        <translation>Promises a visit today: the office may not be able to keep it. Say when you&apos;ll call back instead.</translation>
    </message>
    <message>
        <source>Says an appointment is booked, but nothing is booked yet. Ask what they need and offer to set one up.</source>
        <translation>Says an appointment is booked, but nothing is booked yet. Ask what they need and offer to set one up.</translation>
    </message>
    <message>
        <source>Says someone is on the way, but nobody has been sent yet. Say when you&apos;ll call back instead.</source>
        <translation>Says someone is on the way, but nobody has been sent yet. Say when you&apos;ll call back instead.</translation>
    </message>
    <message>
        <source>Makes a guarantee the office may not be able to honour. Remove it, or say what you will actually do.</source>
        <translation>Makes a guarantee the office may not be able to honour. Remove it, or say what you will actually do.</translation>
    </message>
    <message>
        <source>Promises same-day service: the office may not have a slot. Say when you&apos;ll call back instead.</source>
        <translation>Promises same-day service: the office may not have a slot. Say when you&apos;ll call back instead.</translation>
    </message>
    <message>
        <source>Asks the caller to call, but they just tried to reach you. Ask them to reply by text instead.</source>
        <translation>Asks the caller to call, but they just tried to reach you. Ask them to reply by text instead.</translation>
    </message>
    <message>
        <source>A link in the first text looks like spam to carriers and may be filtered. Send links only after the caller replies.</source>
        <translation>A link in the first text looks like spam to carriers and may be filtered. Send links only after the caller replies.</translation>
    </message>
    <message>
        <source>At %1 characters this text is over %2 and may be filtered or arrive in pieces. Cut it down to a greeting and one question.</source>
        <translation>At %1 characters this text is over %2 and may be filtered or arrive in pieces. Cut it down to a greeting and one question.</translation>
    </message>
    <message>
        <source>This text takes %1 segments: &quot;%2&quot; switches it to UCS-2, 70 characters per segment. Replace that character or shorten the text to %3 segments.</source>
        <translation>This text takes %1 segments: &quot;%2&quot; switches it to UCS-2, 70 characters per segment. Replace that character or shorten the text to %3 segments.</translation>
    </message>
    <message>
        <source>This text takes %1 segments; carriers may deliver it in pieces. Shorten it to %2 segments.</source>
        <translation>This text takes %1 segments; carriers may deliver it in pieces. Shorten it to %2 segments.</translation>
    </message>
    <message>
        <source>Doesn&apos;t ask the caller anything, so there is nothing to reply to. Add a question, like &quot;What can we help you with?&quot;</source>
        <translation>Doesn&apos;t ask the caller anything, so there is nothing to reply to. Add a question, like &quot;What can we help you with?&quot;</translation>
    </message>
    <message>
        <source>Doesn&apos;t say who is texting. Add {company} so the caller knows it&apos;s you.</source>
        <translation>Doesn&apos;t say who is texting. Add {company} so the caller knows it&apos;s you.</translation>
    </message>
    <message>
        <source>The first text has no opt-out hint, which carriers expect on first contact. Add &quot;Reply STOP to opt out.&quot;</source>
        <translation>The first text has no opt-out hint, which carriers expect on first contact. Add &quot;Reply STOP to opt out.&quot;</translation>
    </message>
</context>
<context>
    <name>ringback::TextBackPolicy</name>
    <message>
        <source>less than a minute ago</source>
        <translation>less than a minute ago</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 min ago</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 h ago</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>busy</translation>
    </message>
    <message>
        <source>went to voicemail</source>
        <translation>went to voicemail</translation>
    </message>
    <message>
        <source>caller hung up while it rang</source>
        <translation>caller hung up while it rang</translation>
    </message>
    <message>
        <source>call failed</source>
        <translation>call failed</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <source>can&apos;t receive texts (%1 on %2): call back instead</source>
        <translation>can&apos;t receive texts (%1 on %2): call back instead</translation>
    </message>
    <message>
        <source>quiet hours in the caller&apos;s time zone (%1), sends at %2</source>
        <translation>quiet hours in the caller&apos;s time zone (%1), sends at %2</translation>
    </message>
    <message>
        <source>%1: not set to text back</source>
        <translation>%1: not set to text back</translation>
    </message>
    <message numerus="yes">
        <source>hung up after %n second(s): likely a pocket dial</source>
        <translation>
            <numerusform>hung up after %n second: likely a pocket dial</numerusform>
            <numerusform>hung up after %n seconds: likely a pocket dial</numerusform>
        </translation>
    </message>
    <message>
        <source>text-back is off for this line</source>
        <translation>text-back is off for this line</translation>
    </message>
    <message>
        <source>caller withheld their number</source>
        <translation>caller withheld their number</translation>
    </message>
    <message>
        <source>not textable: %1</source>
        <translation>not textable: %1</translation>
    </message>
    <message>
        <source>not textable: this kind of number cannot receive texts</source>
        <translation>not textable: this kind of number cannot receive texts</translation>
    </message>
    <message>
        <source>international number (%1): international texting is off</source>
        <translation>international number (%1): international texting is off</translation>
    </message>
    <message>
        <source>marked as spam</source>
        <translation>marked as spam</translation>
    </message>
    <message>
        <source>blocked number</source>
        <translation>blocked number</translation>
    </message>
    <message>
        <source>known contact or vendor</source>
        <translation>known contact or vendor</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>opted out</translation>
    </message>
    <message>
        <source>probable opt-out waiting for review</source>
        <translation>probable opt-out waiting for review</translation>
    </message>
    <message numerus="yes">
        <source>called %n time(s) in %1 min and never texted back: likely a robocaller</source>
        <translation>
            <numerusform>called %n time in %1 min and never texted back: likely a robocaller</numerusform>
            <numerusform>called %n times in %1 min and never texted back: likely a robocaller</numerusform>
        </translation>
    </message>
    <message>
        <source>repeat call: already texted %1</source>
        <translation>repeat call: already texted %1</translation>
    </message>
    <message>
        <source>conversation active (last message %1)</source>
        <translation>conversation active (last message %1)</translation>
    </message>
    <message>
        <source>missed while Ringback was closed: call back instead</source>
        <translation>missed while Ringback was closed: call back instead</translation>
    </message>
    <message>
        <source>reported %1, too late to text: call back instead</source>
        <translation>reported %1, too late to text: call back instead</translation>
    </message>
    <message>
        <source>during business hours: this line texts back only when closed</source>
        <translation>during business hours: this line texts back only when closed</translation>
    </message>
    <message>
        <source>missed call (%1), business hours</source>
        <translation>missed call (%1), business hours</translation>
    </message>
    <message>
        <source>missed call (%1), after hours</source>
        <translation>missed call (%1), after hours</translation>
    </message>
    <message>
        <source>missed call (%1), closed for a holiday</source>
        <translation>missed call (%1), closed for a holiday</translation>
    </message>
</context>
<context>
    <name>ringback::TwilioProvider</name>
    <message>
        <source>no &quot;%1&quot; list</source>
        <translation>no &quot;%1&quot; list</translation>
    </message>
    <message>
        <source>an entry of &quot;%1&quot; is not an object</source>
        <translation>an entry of &quot;%1&quot; is not an object</translation>
    </message>
    <message>
        <source>an entry of &quot;%1&quot; has no sid</source>
        <translation>an entry of &quot;%1&quot; has no sid</translation>
    </message>
    <message>
        <source>the message has no sid</source>
        <translation>the message has no sid</translation>
    </message>
    <message>
        <source>the account has no sid</source>
        <translation>the account has no sid</translation>
    </message>
    <message>
        <source>no &quot;incoming_phone_numbers&quot; list</source>
        <translation>no &quot;incoming_phone_numbers&quot; list</translation>
    </message>
    <message>
        <source>&quot;account_sid&quot; must be AC followed by 32 hexadecimal characters (Twilio Console, Account Info).</source>
        <translation>&quot;account_sid&quot; must be AC followed by 32 hexadecimal characters (Twilio Console, Account Info).</translation>
    </message>
    <message>
        <source>&quot;auth_token&quot; is missing (or set RINGBACK_TWILIO_AUTH_TOKEN).</source>
        <translation>&quot;auth_token&quot; is missing (or set RINGBACK_TWILIO_AUTH_TOKEN).</translation>
    </message>
    <message>
        <source>&quot;phone_number&quot;: %1</source>
        <translation>&quot;phone_number&quot;: %1</translation>
    </message>
    <message>
        <source>&quot;api_base_url&quot;: %1</source>
        <translation>&quot;api_base_url&quot;: %1</translation>
    </message>
    <message>
        <source>&quot;poll_interval_seconds&quot; must be between 1 and 3600.</source>
        <translation>&quot;poll_interval_seconds&quot; must be between 1 and 3600.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Cannot reach Twilio while %1: %2</source>
        <translation>Cannot reach Twilio while %1: %2</translation>
    </message>
    <message>
        <source>Twilio refused the Account SID or Auth Token (401)</source>
        <translation>Twilio refused the Account SID or Auth Token (401)</translation>
    </message>
    <message>
        <source>Twilio asked Ringback to slow down (429) while %1</source>
        <translation>Twilio asked Ringback to slow down (429) while %1</translation>
    </message>
    <message>
        <source>Twilio is having trouble (HTTP %1) while %2</source>
        <translation>Twilio is having trouble (HTTP %1) while %2</translation>
    </message>
    <message>
        <source>Twilio refused %1 (HTTP %2%3: %4)</source>
        <translation>Twilio refused %1 (HTTP %2%3: %4)</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>no details</translation>
    </message>
    <message>
        <source>Twilio sent an answer Ringback cannot read while %1 (%2)</source>
        <translation>Twilio sent an answer Ringback cannot read while %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ringback::UrgencyTriage</name>
    <message>
        <source>gas smell</source>
        <translation>gas smell</translation>
    </message>
    <message>
        <source>carbon monoxide</source>
        <translation>carbon monoxide</translation>
    </message>
    <message>
        <source>burning smell</source>
        <translation>burning smell</translation>
    </message>
    <message>
        <source>sparks</source>
        <translation>sparks</translation>
    </message>
    <message>
        <source>smoke</source>
        <translation>smoke</translation>
    </message>
    <message>
        <source>flooding</source>
        <translation>flooding</translation>
    </message>
    <message>
        <source>burst pipe</source>
        <translation>burst pipe</translation>
    </message>
    <message>
        <source>sewage backup</source>
        <translation>sewage backup</translation>
    </message>
    <message>
        <source>leak</source>
        <translation>leak</translation>
    </message>
    <message>
        <source>water damage</source>
        <translation>water damage</translation>
    </message>
    <message>
        <source>no heat</source>
        <translation>no heat</translation>
    </message>
    <message>
        <source>no AC</source>
        <translation>no AC</translation>
    </message>
    <message>
        <source>no hot water</source>
        <translation>no hot water</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>emergency</translation>
    </message>
    <message>
        <source>elderly resident</source>
        <translation>elderly resident</translation>
    </message>
    <message>
        <source>medical equipment</source>
        <translation>medical equipment</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>same day</translation>
    </message>
    <message>
        <source>commercial location</source>
        <translation>commercial location</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>expected &quot;severity | label | phrases&quot;, for example &quot;2 | leak | leak, leaking&quot;</source>
        <translation>expected &quot;severity | label | phrases&quot;, for example &quot;2 | leak | leak, leaking&quot;</translation>
    </message>
    <message>
        <source>the severity must be 1 (high), 2 (urgent) or 3 (soon), not &quot;%1&quot;</source>
        <translation>the severity must be 1 (high), 2 (urgent) or 3 (soon), not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the rule has no label</source>
        <translation>the rule has no label</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no letters or digits</source>
        <translation>&quot;%1&quot; has no letters or digits</translation>
    </message>
    <message>
        <source>the rule &quot;%1&quot; has no phrases</source>
        <translation>the rule &quot;%1&quot; has no phrases</translation>
    </message>
    <message>
        <source>matched: %1</source>
        <translation>matched: %1</translation>
    </message>
</context>
<context>
    <name>ringback::gui::ConversationDelegate</name>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Opted out</translation>
    </message>
</context>
<context>
    <name>ringback::gui::ConversationListModel</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Urgent: %1</source>
        <translation>Urgent: %1</translation>
    </message>
    <message>
        <source>Opted out of texts: %1</source>
        <translation>Opted out of texts: %1</translation>
    </message>
</context>
<context>
    <name>ringback::gui::Format</name>
    <message>
        <source>Unknown caller</source>
        <translation>Unknown caller</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Queued (retrying: %1)</source>
        <translation>Queued (retrying: %1)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Missed call (%1)</source>
        <translation>Missed call (%1)</translation>
    </message>
    <message>
        <source>Answered call (%1 min %2 s)</source>
        <translation>Answered call (%1 min %2 s)</translation>
    </message>
    <message>
        <source>Answered call (%1 s)</source>
        <translation>Answered call (%1 s)</translation>
    </message>
    <message>
        <source>texted</source>
        <translation>texted</translation>
    </message>
    <message>
        <source>not texted</source>
        <translation>not texted</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Automatic text</source>
        <translation>Automatic text</translation>
    </message>
    <message>
        <source>Text from the office</source>
        <translation>Text from the office</translation>
    </message>
    <message>
        <source>System message</source>
        <translation>System message</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Replied</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>Called back</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Polling</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnecting…</translation>
    </message>
    <message>
        <source>Sign-in failed — check settings</source>
        <translation>Sign-in failed — check settings</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>Not working</translation>
    </message>
    <message>
        <source>no-answer</source>
        <extracomment>How a missed call ended, shown as &quot;Missed call (%1)&quot;.</extracomment>
        <translation>no-answer</translation>
    </message>
    <message>
        <source>busy</source>
        <extracomment>How a missed call ended, shown as &quot;Missed call (%1)&quot;.</extracomment>
        <translation>busy</translation>
    </message>
    <message>
        <source>voicemail</source>
        <extracomment>How a missed call ended, shown as &quot;Missed call (%1)&quot;.</extracomment>
        <translation>voicemail</translation>
    </message>
    <message>
        <source>canceled</source>
        <extracomment>How a missed call ended (the caller hung up while it rang), shown as &quot;Missed call (%1)&quot;.</extracomment>
        <translation>canceled</translation>
    </message>
    <message>
        <source>failed</source>
        <extracomment>How a missed call ended, shown as &quot;Missed call (%1)&quot;.</extracomment>
        <translation>failed</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>answered</translation>
    </message>
</context>
<context>
    <name>ringback::gui::MainWindow</name>
    <message>
        <source>Ringback</source>
        <translation>Ringback</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>Conversation details</source>
        <translation>Conversation details</translation>
    </message>
    <message>
        <source>Conversation thread</source>
        <translation>Conversation thread</translation>
    </message>
    <message>
        <source>Reply box</source>
        <translation>Reply box</translation>
    </message>
    <message>
        <source>Provider connection</source>
        <translation>Provider connection</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Export &amp;opt-out ledger…</source>
        <translation>Export &amp;opt-out ledger…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;All conversations</source>
        <translation>&amp;All conversations</translation>
    </message>
    <message>
        <source>&amp;Unread</source>
        <translation>&amp;Unread</translation>
    </message>
    <message>
        <source>Ur&amp;gent</source>
        <translation>Ur&amp;gent</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>No conversation selected</translation>
    </message>
    <message>
        <source>Pick a caller on the left to read the thread and reply.</source>
        <translation>Pick a caller on the left to read the thread and reply.</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Urgent: %1</source>
        <translation>Urgent: %1</translation>
    </message>
    <message>
        <source>Opted out of texts</source>
        <translation>Opted out of texts</translation>
    </message>
    <message>
        <source>May have opted out: review before texting</source>
        <translation>May have opted out: review before texting</translation>
    </message>
    <message>
        <source>Export opt-out ledger</source>
        <translation>Export opt-out ledger</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Opt-out ledger saved to %1</source>
        <translation>Opt-out ledger saved to %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>S&amp;pam</source>
        <translation>S&amp;pam</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <source>Mark as &amp;spam</source>
        <translation>Mark as &amp;spam</translation>
    </message>
    <message>
        <source>&amp;Not spam</source>
        <translation>&amp;Not spam</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <source>Set caller&apos;s &amp;name…</source>
        <translation>Set caller&apos;s &amp;name…</translation>
    </message>
    <message>
        <source>Caller&apos;s name</source>
        <translation>Caller&apos;s name</translation>
    </message>
    <message>
        <source>Name for %1:</source>
        <translation>Name for %1:</translation>
    </message>
</context>
<context>
    <name>ringback::gui::NotificationBanner</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>New reply</source>
        <translation>New reply</translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation>Open the conversation</translation>
    </message>
    <message>
        <source>Dismiss notification</source>
        <translation>Dismiss notification</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>ringback::gui::NotificationPolicy</name>
    <message>
        <source>Urgent: %1</source>
        <translation>Urgent: %1</translation>
    </message>
    <message>
        <source>Sent a photo or file</source>
        <translation>Sent a photo or file</translation>
    </message>
    <message>
        <source>%1 (opted out of texts)</source>
        <translation>%1 (opted out of texts)</translation>
    </message>
</context>
<context>
    <name>ringback::gui::OptOutBar</name>
    <message>
        <source>&amp;Confirm opt-out</source>
        <translation>&amp;Confirm opt-out</translation>
    </message>
    <message>
        <source>&amp;Not an opt-out</source>
        <translation>&amp;Not an opt-out</translation>
    </message>
    <message>
        <source>Opt-out status</source>
        <translation>Opt-out status</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Opt-out</translation>
    </message>
    <message>
        <source>Confirm opt-out</source>
        <translation>Confirm opt-out</translation>
    </message>
    <message>
        <source>Record the opt-out and send the one confirmation text. Nothing else is sent to this number.</source>
        <translation>Record the opt-out and send the one confirmation text. Nothing else is sent to this number.</translation>
    </message>
    <message>
        <source>Not an opt-out</source>
        <translation>Not an opt-out</translation>
    </message>
    <message>
        <source>The reply does not ask to stop texts: automatic texts resume.</source>
        <translation>The reply does not ask to stop texts: automatic texts resume.</translation>
    </message>
    <message>
        <source>Probable opt-out: “%1”</source>
        <translation>Probable opt-out: “%1”</translation>
    </message>
    <message>
        <source>Opted out on %1 (%2)</source>
        <translation>Opted out on %1 (%2)</translation>
    </message>
    <message>
        <source>Opted out of texts (%1)</source>
        <translation>Opted out of texts (%1)</translation>
    </message>
    <message>
        <source>Automatic texts to this number are on hold until someone confirms the opt-out or marks the reply as not one.</source>
        <translation>Automatic texts to this number are on hold until someone confirms the opt-out or marks the reply as not one.</translation>
    </message>
</context>
<context>
    <name>ringback::gui::ReplyBox</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Type a text to the caller. Ctrl+Enter sends it.</source>
        <translation>Type a text to the caller. Ctrl+Enter sends it.</translation>
    </message>
    <message>
        <source>Write a text… (Ctrl+Enter sends)</source>
        <translation>Write a text… (Ctrl+Enter sends)</translation>
    </message>
    <message>
        <source>Send text</source>
        <translation>Send text</translation>
    </message>
    <message>
        <source>Send the text (Ctrl+Enter)</source>
        <translation>Send the text (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Sending problem</source>
        <translation>Sending problem</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Quiet hours</translation>
    </message>
    <message>
        <source>Send the text now anyway?</source>
        <translation>Send the text now anyway?</translation>
    </message>
</context>
<context>
    <name>ringback::gui::SearchField</name>
    <message>
        <source>Search conversations</source>
        <translation>Search conversations</translation>
    </message>
    <message>
        <source>Search names, numbers and messages (Ctrl+F)</source>
        <translation>Search names, numbers and messages (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>ringback::gui::ThreadModel</name>
    <message numerus="yes">
        <source>[%n attachment(s)]</source>
        <translation>
            <numerusform>[%n attachment]</numerusform>
            <numerusform>[%n attachments]</numerusform>
        </translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Urgent: %1</source>
        <translation>Urgent: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ringback::gui::TrayNotifier</name>
    <message>
        <source>Ringback</source>
        <translation>Ringback</translation>
    </message>
    <message>
        <source>&amp;Show Ringback</source>
        <translation>&amp;Show Ringback</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>ringback::net::BaseUrl</name>
    <message>
        <source>&quot;%1&quot; is not a valid address.</source>
        <translation>&quot;%1&quot; is not a valid address.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses plain http: only https is allowed, except to this computer.</source>
        <translation>&quot;%1&quot; uses plain http: only https is allowed, except to this computer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an https:// address.</source>
        <translation>&quot;%1&quot; must be an https:// address.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not contain a user name or password.</source>
        <translation>&quot;%1&quot; must not contain a user name or password.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not have a query or fragment.</source>
        <translation>&quot;%1&quot; must not have a query or fragment.</translation>
    </message>
</context>
<context>
    <name>ringback::net::Http</name>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>not valid JSON (%1 at offset %2)</translation>
    </message>
    <message>
        <source>JSON, but not an object</source>
        <translation>JSON, but not an object</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>could not connect (%1)</source>
        <translation>could not connect (%1)</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>no answer in time</translation>
    </message>
    <message>
        <source>connection lost (%1)</source>
        <translation>connection lost (%1)</translation>
    </message>
    <message>
        <source>answer too large</source>
        <translation>answer too large</translation>
    </message>
    <message>
        <source>more than %1 bytes</source>
        <translation>more than %1 bytes</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>no answer within %1 s</translation>
    </message>
</context>
<context>
    <name>ringback::twilio::CallWatcher</name>
    <message>
        <source>listing calls</source>
        <translation>listing calls</translation>
    </message>
    <message>
        <source>looking up a call&apos;s dialled legs</source>
        <translation>looking up a call&apos;s dialled legs</translation>
    </message>
</context>
<context>
    <name>ringback::twilio::MessageWatcher</name>
    <message>
        <source>listing messages</source>
        <translation>listing messages</translation>
    </message>
</context>
<context>
    <name>ringback::twilio::TwilioPoller</name>
    <message>
        <source>Checking the Twilio account…</source>
        <translation>Checking the Twilio account…</translation>
    </message>
    <message>
        <source>checking the account</source>
        <translation>checking the account</translation>
    </message>
    <message>
        <source>Twilio has no account %1 for these credentials (404)</source>
        <translation>Twilio has no account %1 for these credentials (404)</translation>
    </message>
    <message>
        <source>The Twilio account is %1, not active</source>
        <translation>The Twilio account is %1, not active</translation>
    </message>
    <message>
        <source>checking the business number</source>
        <translation>checking the business number</translation>
    </message>
    <message>
        <source>the number %1 is not on this Twilio account</source>
        <translation>the number %1 is not on this Twilio account</translation>
    </message>
    <message>
        <source>Connected to Twilio; checking every %1 s</source>
        <translation>Connected to Twilio; checking every %1 s</translation>
    </message>
    <message>
        <source>Connected to Twilio (%1); checking every %2 s</source>
        <translation>Connected to Twilio (%1); checking every %2 s</translation>
    </message>
</context>
<context>
    <name>ringback::twilio::TwilioSender</name>
    <message>
        <source>Twilio accepted the message but its answer could not be read (%1); checking before any resend</source>
        <translation>Twilio accepted the message but its answer could not be read (%1); checking before any resend</translation>
    </message>
    <message>
        <source>could not connect to Twilio (%1); the message did not leave this computer</source>
        <translation>could not connect to Twilio (%1); the message did not leave this computer</translation>
    </message>
    <message>
        <source>Cannot reach Twilio: %1</source>
        <translation>Cannot reach Twilio: %1</translation>
    </message>
    <message>
        <source>no answer from Twilio (%1); checking before any resend</source>
        <translation>no answer from Twilio (%1); checking before any resend</translation>
    </message>
    <message>
        <source>Twilio refused the Account SID or Auth Token (401)</source>
        <translation>Twilio refused the Account SID or Auth Token (401)</translation>
    </message>
    <message>
        <source>; checking before any resend</source>
        <translation>; checking before any resend</translation>
    </message>
    <message>
        <source>the last attempt never reached Twilio</source>
        <translation>the last attempt never reached Twilio</translation>
    </message>
    <message>
        <source>the time of the first attempt is unknown</source>
        <translation>the time of the first attempt is unknown</translation>
    </message>
    <message>
        <source>looking for an interrupted message</source>
        <translation>looking for an interrupted message</translation>
    </message>
    <message>
        <source>Twilio has no such message</source>
        <translation>Twilio has no such message</translation>
    </message>
    <message>
        <source>checking a message&apos;s delivery</source>
        <translation>checking a message&apos;s delivery</translation>
    </message>
</context>
</TS>
