<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ProviderMetaData</name>
    <message>
        <source>Quo (OpenPhone)</source>
        <comment>openphone</comment>
        <extracomment>The provider&apos;s name</extracomment>
        <translation>Quo (OpenPhone)</translation>
    </message>
    <message>
        <source>Quo, formerly OpenPhone (public API v1), polled: missed calls and replies from the business number&apos;s conversations, texts sent through the Messages API. Optionally Quo&apos;s signed webhooks bring them at once (then Quo must be able to reach this computer); polling still catches up on anything missed.</source>
        <comment>openphone</comment>
        <extracomment>The provider&apos;s description</extracomment>
        <translation>Quo, formerly OpenPhone (public API v1), polled: missed calls and replies from the business number&apos;s conversations, texts sent through the Messages API. Optionally Quo&apos;s signed webhooks bring them at once (then Quo must be able to reach this computer); polling still catches up on anything missed.</translation>
    </message>
    <message>
        <source>API key</source>
        <comment>openphone</comment>
        <extracomment>Label of the setting &quot;api_key&quot;</extracomment>
        <translation>API key</translation>
    </message>
    <message>
        <source>Quo → Settings → API → Generate API key (workspace owner or admin). Paste the key alone, without &quot;Bearer&quot;. Kept in the keychain; headless: RINGBACK_OPENPHONE_API_KEY.</source>
        <comment>openphone</comment>
        <extracomment>Help under the setting &quot;api_key&quot;</extracomment>
        <translation>Quo → Settings → API → Generate API key (workspace owner or admin). Paste the key alone, without &quot;Bearer&quot;. Kept in the keychain; headless: RINGBACK_OPENPHONE_API_KEY.</translation>
    </message>
    <message>
        <source>Business number</source>
        <comment>openphone</comment>
        <extracomment>Label of the setting &quot;phone_number&quot;</extracomment>
        <translation>Business number</translation>
    </message>
    <message>
        <source>Your Quo number that callers dial and texts come from, e.g. +15125550100. It must be a number of the API key&apos;s workspace.</source>
        <comment>openphone</comment>
        <extracomment>Help under the setting &quot;phone_number&quot;</extracomment>
        <translation>Your Quo number that callers dial and texts come from, e.g. +15125550100. It must be a number of the API key&apos;s workspace.</translation>
    </message>
    <message>
        <source>API address</source>
        <comment>openphone</comment>
        <extracomment>Label of the setting &quot;api_base_url&quot;</extracomment>
        <translation>API address</translation>
    </message>
    <message>
        <source>Leave as is. Change only for a proxy (https) or a test server on this computer.</source>
        <comment>openphone</comment>
        <extracomment>Help under the setting &quot;api_base_url&quot;</extracomment>
        <translation>Leave as is. Change only for a proxy (https) or a test server on this computer.</translation>
    </message>
    <message>
        <source>Check every (seconds)</source>
        <comment>openphone</comment>
        <extracomment>Label of the setting &quot;poll_interval_seconds&quot;</extracomment>
        <translation>Check every (seconds)</translation>
    </message>
    <message>
        <source>How often Ringback asks Quo for new calls and texts. Each check costs one request per recent conversation, within Quo&apos;s limit of 10 requests a second. With webhooks on, a longer interval (e.g. 300) is enough.</source>
        <comment>openphone</comment>
        <extracomment>Help under the setting &quot;poll_interval_seconds&quot;</extracomment>
        <translation>How often Ringback asks Quo for new calls and texts. Each check costs one request per recent conversation, within Quo&apos;s limit of 10 requests a second. With webhooks on, a longer interval (e.g. 300) is enough.</translation>
    </message>
    <message>
        <source>Webhook signing key</source>
        <comment>openphone</comment>
        <extracomment>Label of the setting &quot;webhook_signing_key&quot;</extracomment>
        <translation>Webhook signing key</translation>
    </message>
    <message>
        <source>Optional, for webhooks: the signing key of the webhook you created in Quo (the &quot;key&quot; when created through Quo&apos;s API); for two webhooks, both keys separated by a space. Ringback refuses any webhook not signed with one of them. Kept in the keychain; headless: RINGBACK_OPENPHONE_WEBHOOK_SIGNING_KEY.</source>
        <comment>openphone</comment>
        <extracomment>Help under the setting &quot;webhook_signing_key&quot;</extracomment>
        <translation>Optional, for webhooks: the signing key of the webhook you created in Quo (the &quot;key&quot; when created through Quo&apos;s API); for two webhooks, both keys separated by a space. Ringback refuses any webhook not signed with one of them. Kept in the keychain; headless: RINGBACK_OPENPHONE_WEBHOOK_SIGNING_KEY.</translation>
    </message>
    <message>
        <source>Receive webhooks on</source>
        <comment>openphone</comment>
        <extracomment>Label of the setting &quot;webhook_listen&quot;</extracomment>
        <translation>Receive webhooks on</translation>
    </message>
    <message>
        <source>Used with webhooks only. Address and port on this computer, e.g. 127.0.0.1:8787 behind a tunnel, or 0.0.0.0:8787 behind a forwarded port.</source>
        <comment>openphone</comment>
        <extracomment>Help under the setting &quot;webhook_listen&quot;</extracomment>
        <translation>Used with webhooks only. Address and port on this computer, e.g. 127.0.0.1:8787 behind a tunnel, or 0.0.0.0:8787 behind a forwarded port.</translation>
    </message>
    <message>
        <source>Public webhook address</source>
        <comment>openphone</comment>
        <extracomment>Label of the setting &quot;webhook_public_url&quot;</extracomment>
        <translation>Public webhook address</translation>
    </message>
    <message>
        <source>Optional, for webhooks: the https address at which Quo reaches this computer, e.g. https://office.example.com. Enter it + /webhooks/openphone as the webhook URL in Quo. Leave empty to only poll.</source>
        <comment>openphone</comment>
        <extracomment>Help under the setting &quot;webhook_public_url&quot;</extracomment>
        <translation>Optional, for webhooks: the https address at which Quo reaches this computer, e.g. https://office.example.com. Enter it + /webhooks/openphone as the webhook URL in Quo. Leave empty to only poll.</translation>
    </message>
    <message>
        <source>RingCentral</source>
        <comment>ringcentral</comment>
        <extracomment>The provider&apos;s name</extracomment>
        <translation>RingCentral</translation>
    </message>
    <message>
        <source>RingCentral (platform API /restapi/v1.0): missed calls and texts pushed over a WebSocket as they happen, with call-log and message sync to catch up after any gap; texts sent from your RingCentral number.</source>
        <comment>ringcentral</comment>
        <extracomment>The provider&apos;s description</extracomment>
        <translation>RingCentral (platform API /restapi/v1.0): missed calls and texts pushed over a WebSocket as they happen, with call-log and message sync to catch up after any gap; texts sent from your RingCentral number.</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <comment>ringcentral</comment>
        <extracomment>Label of the setting &quot;auth_mode&quot;</extracomment>
        <translation>Sign-in method</translation>
    </message>
    <message>
        <source>jwt: a private JWT app with a JWT credential. pkce: a public app; click “Sign in with RingCentral…” below once and sign in in the browser.</source>
        <comment>ringcentral</comment>
        <extracomment>Help under the setting &quot;auth_mode&quot;</extracomment>
        <translation>jwt: a private JWT app with a JWT credential. pkce: a public app; click “Sign in with RingCentral…” below once and sign in in the browser.</translation>
    </message>
    <message>
        <source>jwt</source>
        <comment>ringcentral</comment>
        <extracomment>A choice of the setting &quot;auth_mode&quot;</extracomment>
        <translation>jwt</translation>
    </message>
    <message>
        <source>pkce</source>
        <comment>ringcentral</comment>
        <extracomment>A choice of the setting &quot;auth_mode&quot;</extracomment>
        <translation>pkce</translation>
    </message>
    <message>
        <source>Client ID</source>
        <comment>ringcentral</comment>
        <extracomment>Label of the setting &quot;client_id&quot;</extracomment>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Of your RingCentral app: Developer Console → Apps → your app → Credentials.</source>
        <comment>ringcentral</comment>
        <extracomment>Help under the setting &quot;client_id&quot;</extracomment>
        <translation>Of your RingCentral app: Developer Console → Apps → your app → Credentials.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <comment>ringcentral</comment>
        <extracomment>Label of the setting &quot;client_secret&quot;</extracomment>
        <translation>Client secret</translation>
    </message>
    <message>
        <source>Same page as the Client ID. Needed for jwt; a public app (pkce) has none. Kept in the keychain; headless: RINGBACK_RINGCENTRAL_CLIENT_SECRET.</source>
        <comment>ringcentral</comment>
        <extracomment>Help under the setting &quot;client_secret&quot;</extracomment>
        <translation>Same page as the Client ID. Needed for jwt; a public app (pkce) has none. Kept in the keychain; headless: RINGBACK_RINGCENTRAL_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>JWT credential</source>
        <comment>ringcentral</comment>
        <extracomment>Label of the setting &quot;jwt&quot;</extracomment>
        <translation>JWT credential</translation>
    </message>
    <message>
        <source>For jwt: Developer Console → Credentials → Create JWT, for the user whose calls and texts Ringback handles. Kept in the keychain; headless: RINGBACK_RINGCENTRAL_JWT.</source>
        <comment>ringcentral</comment>
        <extracomment>Help under the setting &quot;jwt&quot;</extracomment>
        <translation>For jwt: Developer Console → Credentials → Create JWT, for the user whose calls and texts Ringback handles. Kept in the keychain; headless: RINGBACK_RINGCENTRAL_JWT.</translation>
    </message>
    <message>
        <source>Sign-in (refresh token)</source>
        <comment>ringcentral</comment>
        <extracomment>Label of the setting &quot;refresh_token&quot;</extracomment>
        <translation>Sign-in (refresh token)</translation>
    </message>
    <message>
        <source>For pkce: saved by “Sign in with RingCentral…”; RingCentral replaces it at each use and Ringback keeps the new one. Kept in the keychain; headless: RINGBACK_RINGCENTRAL_REFRESH_TOKEN.</source>
        <comment>ringcentral</comment>
        <extracomment>Help under the setting &quot;refresh_token&quot;</extracomment>
        <translation>For pkce: saved by “Sign in with RingCentral…”; RingCentral replaces it at each use and Ringback keeps the new one. Kept in the keychain; headless: RINGBACK_RINGCENTRAL_REFRESH_TOKEN.</translation>
    </message>
    <message>
        <source>Sign-in port</source>
        <comment>ringcentral</comment>
        <extracomment>Label of the setting &quot;redirect_port&quot;</extracomment>
        <translation>Sign-in port</translation>
    </message>
    <message>
        <source>For pkce: the browser comes back to http://127.0.0.1:PORT/callback; register exactly that address with your app. 0: any free port (only if RingCentral accepts any port).</source>
        <comment>ringcentral</comment>
        <extracomment>Help under the setting &quot;redirect_port&quot;</extracomment>
        <translation>For pkce: the browser comes back to http://127.0.0.1:PORT/callback; register exactly that address with your app. 0: any free port (only if RingCentral accepts any port).</translation>
    </message>
    <message>
        <source>Business number</source>
        <comment>ringcentral</comment>
        <extracomment>Label of the setting &quot;phone_number&quot;</extracomment>
        <translation>Business number</translation>
    </message>
    <message>
        <source>The RingCentral number of that user that callers dial and texts come from (SMS-enabled), e.g. +15125550100.</source>
        <comment>ringcentral</comment>
        <extracomment>Help under the setting &quot;phone_number&quot;</extracomment>
        <translation>The RingCentral number of that user that callers dial and texts come from (SMS-enabled), e.g. +15125550100.</translation>
    </message>
    <message>
        <source>API address</source>
        <comment>ringcentral</comment>
        <extracomment>Label of the setting &quot;api_base_url&quot;</extracomment>
        <translation>API address</translation>
    </message>
    <message>
        <source>Leave as is. Change only for a proxy (https) or a test server on this computer.</source>
        <comment>ringcentral</comment>
        <extracomment>Help under the setting &quot;api_base_url&quot;</extracomment>
        <translation>Leave as is. Change only for a proxy (https) or a test server on this computer.</translation>
    </message>
    <message>
        <source>Keep-alive after (seconds)</source>
        <comment>ringcentral</comment>
        <extracomment>Label of the setting &quot;keepalive_seconds&quot;</extracomment>
        <translation>Keep-alive after (seconds)</translation>
    </message>
    <message>
        <source>After this long without a word from RingCentral, Ringback checks the live connection and reconnects if it is gone.</source>
        <comment>ringcentral</comment>
        <extracomment>Help under the setting &quot;keepalive_seconds&quot;</extracomment>
        <translation>After this long without a word from RingCentral, Ringback checks the live connection and reconnects if it is gone.</translation>
    </message>
    <message>
        <source>Simulator</source>
        <comment>simulator</comment>
        <extracomment>The provider&apos;s name</extracomment>
        <translation>Simulator</translation>
    </message>
    <message>
        <source>A built-in pretend phone line with realistic contractor traffic. No account needed.</source>
        <comment>simulator</comment>
        <extracomment>The provider&apos;s description</extracomment>
        <translation>A built-in pretend phone line with realistic contractor traffic. No account needed.</translation>
    </message>
    <message>
        <source>Business line</source>
        <comment>simulator</comment>
        <extracomment>Label of the setting &quot;phone_number&quot;</extracomment>
        <translation>Business line</translation>
    </message>
    <message>
        <source>The number the simulated callers dial.</source>
        <comment>simulator</comment>
        <extracomment>Help under the setting &quot;phone_number&quot;</extracomment>
        <translation>The number the simulated callers dial.</translation>
    </message>
    <message>
        <source>Calls per minute</source>
        <comment>simulator</comment>
        <extracomment>Label of the setting &quot;calls_per_minute&quot;</extracomment>
        <translation>Calls per minute</translation>
    </message>
    <message>
        <source>Average rate of simulated calls; 0 stops them (injected events still work).</source>
        <comment>simulator</comment>
        <extracomment>Help under the setting &quot;calls_per_minute&quot;</extracomment>
        <translation>Average rate of simulated calls; 0 stops them (injected events still work).</translation>
    </message>
    <message>
        <source>Share of calls missed</source>
        <comment>simulator</comment>
        <extracomment>Label of the setting &quot;missed_ratio&quot;</extracomment>
        <translation>Share of calls missed</translation>
    </message>
    <message>
        <source>0 = every call answered, 1 = every call missed.</source>
        <comment>simulator</comment>
        <extracomment>Help under the setting &quot;missed_ratio&quot;</extracomment>
        <translation>0 = every call answered, 1 = every call missed.</translation>
    </message>
    <message>
        <source>Reply probability</source>
        <comment>simulator</comment>
        <extracomment>Label of the setting &quot;reply_probability&quot;</extracomment>
        <translation>Reply probability</translation>
    </message>
    <message>
        <source>Chance that a texted caller writes back.</source>
        <comment>simulator</comment>
        <extracomment>Help under the setting &quot;reply_probability&quot;</extracomment>
        <translation>Chance that a texted caller writes back.</translation>
    </message>
    <message>
        <source>Reply delay (seconds)</source>
        <comment>simulator</comment>
        <extracomment>Label of the setting &quot;reply_delay_seconds&quot;</extracomment>
        <translation>Reply delay (seconds)</translation>
    </message>
    <message>
        <source>How long a simulated caller takes to reply.</source>
        <comment>simulator</comment>
        <extracomment>Help under the setting &quot;reply_delay_seconds&quot;</extracomment>
        <translation>How long a simulated caller takes to reply.</translation>
    </message>
    <message>
        <source>Random seed</source>
        <comment>simulator</comment>
        <extracomment>Label of the setting &quot;seed&quot;</extracomment>
        <translation>Random seed</translation>
    </message>
    <message>
        <source>Same seed, same traffic. 0 picks a new seed each run.</source>
        <comment>simulator</comment>
        <extracomment>Help under the setting &quot;seed&quot;</extracomment>
        <translation>Same seed, same traffic. 0 picks a new seed each run.</translation>
    </message>
    <message>
        <source>Telnyx</source>
        <comment>telnyx</comment>
        <extracomment>The provider&apos;s name</extracomment>
        <translation>Telnyx</translation>
    </message>
    <message>
        <source>Telnyx API v2 (Messaging and Call Control). Texts go out through the API; missed calls, replies and delivery reports arrive as signed webhooks, so Telnyx must be able to reach this computer (a tunnel or a forwarded https address).</source>
        <comment>telnyx</comment>
        <extracomment>The provider&apos;s description</extracomment>
        <translation>Telnyx API v2 (Messaging and Call Control). Texts go out through the API; missed calls, replies and delivery reports arrive as signed webhooks, so Telnyx must be able to reach this computer (a tunnel or a forwarded https address).</translation>
    </message>
    <message>
        <source>API key</source>
        <comment>telnyx</comment>
        <extracomment>Label of the setting &quot;api_key&quot;</extracomment>
        <translation>API key</translation>
    </message>
    <message>
        <source>Mission Control → API Keys (starts with KEY). Kept in the keychain; headless: RINGBACK_TELNYX_API_KEY.</source>
        <comment>telnyx</comment>
        <extracomment>Help under the setting &quot;api_key&quot;</extracomment>
        <translation>Mission Control → API Keys (starts with KEY). Kept in the keychain; headless: RINGBACK_TELNYX_API_KEY.</translation>
    </message>
    <message>
        <source>Business number</source>
        <comment>telnyx</comment>
        <extracomment>Label of the setting &quot;phone_number&quot;</extracomment>
        <translation>Business number</translation>
    </message>
    <message>
        <source>Your Telnyx number that callers dial and texts come from, e.g. +15125550100.</source>
        <comment>telnyx</comment>
        <extracomment>Help under the setting &quot;phone_number&quot;</extracomment>
        <translation>Your Telnyx number that callers dial and texts come from, e.g. +15125550100.</translation>
    </message>
    <message>
        <source>Messaging profile ID</source>
        <comment>telnyx</comment>
        <extracomment>Label of the setting &quot;messaging_profile_id&quot;</extracomment>
        <translation>Messaging profile ID</translation>
    </message>
    <message>
        <source>Optional. The messaging profile the number belongs to (Mission Control → Messaging).</source>
        <comment>telnyx</comment>
        <extracomment>Help under the setting &quot;messaging_profile_id&quot;</extracomment>
        <translation>Optional. The messaging profile the number belongs to (Mission Control → Messaging).</translation>
    </message>
    <message>
        <source>Webhook public key</source>
        <comment>telnyx</comment>
        <extracomment>Label of the setting &quot;public_key&quot;</extracomment>
        <translation>Webhook public key</translation>
    </message>
    <message>
        <source>Mission Control → Keys &amp; Credentials → Public Key (Base64). Ringback refuses any webhook not signed with it.</source>
        <comment>telnyx</comment>
        <extracomment>Help under the setting &quot;public_key&quot;</extracomment>
        <translation>Mission Control → Keys &amp; Credentials → Public Key (Base64). Ringback refuses any webhook not signed with it.</translation>
    </message>
    <message>
        <source>Receive webhooks on</source>
        <comment>telnyx</comment>
        <extracomment>Label of the setting &quot;webhook_listen&quot;</extracomment>
        <translation>Receive webhooks on</translation>
    </message>
    <message>
        <source>Address and port on this computer, e.g. 127.0.0.1:8787 behind a tunnel, or 0.0.0.0:8787 behind a forwarded port.</source>
        <comment>telnyx</comment>
        <extracomment>Help under the setting &quot;webhook_listen&quot;</extracomment>
        <translation>Address and port on this computer, e.g. 127.0.0.1:8787 behind a tunnel, or 0.0.0.0:8787 behind a forwarded port.</translation>
    </message>
    <message>
        <source>Public webhook address</source>
        <comment>telnyx</comment>
        <extracomment>Label of the setting &quot;webhook_public_url&quot;</extracomment>
        <translation>Public webhook address</translation>
    </message>
    <message>
        <source>The https address at which Telnyx reaches this computer, e.g. https://office.example.com. Enter it + /webhooks/telnyx as the webhook URL of the messaging profile and the Call Control application.</source>
        <comment>telnyx</comment>
        <extracomment>Help under the setting &quot;webhook_public_url&quot;</extracomment>
        <translation>The https address at which Telnyx reaches this computer, e.g. https://office.example.com. Enter it + /webhooks/telnyx as the webhook URL of the messaging profile and the Call Control application.</translation>
    </message>
    <message>
        <source>API address</source>
        <comment>telnyx</comment>
        <extracomment>Label of the setting &quot;api_base_url&quot;</extracomment>
        <translation>API address</translation>
    </message>
    <message>
        <source>Leave as is. Change only for a proxy (https) or a test server on this computer.</source>
        <comment>telnyx</comment>
        <extracomment>Help under the setting &quot;api_base_url&quot;</extracomment>
        <translation>Leave as is. Change only for a proxy (https) or a test server on this computer.</translation>
    </message>
    <message>
        <source>Twilio</source>
        <comment>twilio</comment>
        <extracomment>The provider&apos;s name</extracomment>
        <translation>Twilio</translation>
    </message>
    <message>
        <source>Twilio Programmable Voice and Messaging (REST API 2010-04-01), polled: missed calls from the call log, replies from the message log.</source>
        <comment>twilio</comment>
        <extracomment>The provider&apos;s description</extracomment>
        <translation>Twilio Programmable Voice and Messaging (REST API 2010-04-01), polled: missed calls from the call log, replies from the message log.</translation>
    </message>
    <message>
        <source>Account SID</source>
        <comment>twilio</comment>
        <extracomment>Label of the setting &quot;account_sid&quot;</extracomment>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>Starts with AC followed by 32 characters. Twilio Console → Account Info.</source>
        <comment>twilio</comment>
        <extracomment>Help under the setting &quot;account_sid&quot;</extracomment>
        <translation>Starts with AC followed by 32 characters. Twilio Console → Account Info.</translation>
    </message>
    <message>
        <source>Auth Token</source>
        <comment>twilio</comment>
        <extracomment>Label of the setting &quot;auth_token&quot;</extracomment>
        <translation>Auth Token</translation>
    </message>
    <message>
        <source>Twilio Console → Account Info. Kept in the keychain; headless: RINGBACK_TWILIO_AUTH_TOKEN.</source>
        <comment>twilio</comment>
        <extracomment>Help under the setting &quot;auth_token&quot;</extracomment>
        <translation>Twilio Console → Account Info. Kept in the keychain; headless: RINGBACK_TWILIO_AUTH_TOKEN.</translation>
    </message>
    <message>
        <source>Business number</source>
        <comment>twilio</comment>
        <extracomment>Label of the setting &quot;phone_number&quot;</extracomment>
        <translation>Business number</translation>
    </message>
    <message>
        <source>Your Twilio number that callers dial and texts come from, e.g. +15125550100.</source>
        <comment>twilio</comment>
        <extracomment>Help under the setting &quot;phone_number&quot;</extracomment>
        <translation>Your Twilio number that callers dial and texts come from, e.g. +15125550100.</translation>
    </message>
    <message>
        <source>API address</source>
        <comment>twilio</comment>
        <extracomment>Label of the setting &quot;api_base_url&quot;</extracomment>
        <translation>API address</translation>
    </message>
    <message>
        <source>Leave as is. Change only for a proxy (https) or a test server on this computer.</source>
        <comment>twilio</comment>
        <extracomment>Help under the setting &quot;api_base_url&quot;</extracomment>
        <translation>Leave as is. Change only for a proxy (https) or a test server on this computer.</translation>
    </message>
    <message>
        <source>Lookup address</source>
        <comment>twilio</comment>
        <extracomment>Label of the setting &quot;lookup_base_url&quot;</extracomment>
        <translation>Lookup address</translation>
    </message>
    <message>
        <source>Twilio Lookup, used only when Settings › Text-back rules › look up the line type is on. Leave as is.</source>
        <comment>twilio</comment>
        <extracomment>Help under the setting &quot;lookup_base_url&quot;</extracomment>
        <translation>Twilio Lookup, used only when Settings › Text-back rules › look up the line type is on. Leave as is.</translation>
    </message>
    <message>
        <source>Check every (seconds)</source>
        <comment>twilio</comment>
        <extracomment>Label of the setting &quot;poll_interval_seconds&quot;</extracomment>
        <translation>Check every (seconds)</translation>
    </message>
    <message>
        <source>How often Ringback asks Twilio for new calls and texts.</source>
        <comment>twilio</comment>
        <extracomment>Help under the setting &quot;poll_interval_seconds&quot;</extracomment>
        <translation>How often Ringback asks Twilio for new calls and texts.</translation>
    </message>
</context>
<context>
    <name>ringback::Backup</name>
    <message>
        <source>Choose another file: this is the database itself.</source>
        <translation>Choose another file: this is the database itself.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>The backup failed: %1</translation>
    </message>
    <message>
        <source>The backup failed: %1 cannot be replaced.</source>
        <translation>The backup failed: %1 cannot be replaced.</translation>
    </message>
    <message>
        <source>The backup failed: %1 cannot be written.</source>
        <translation>The backup failed: %1 cannot be written.</translation>
    </message>
</context>
<context>
    <name>ringback::BookingCalendar</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Calendar event: the caller&apos;s name and number.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <extracomment>Calendar event title; %1 is the caller.</extracomment>
        <translation>Job: %1</translation>
    </message>
    <message>
        <source>%2: %1</source>
        <extracomment>Calendar event title; %1 is the caller, %2 the service needed.</extracomment>
        <translation>%2: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>The booking has no date and time.</source>
        <translation>The booking has no date and time.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
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
    <message>
        <source>This number is marked as spam. Mark it as not spam first.</source>
        <translation>This number is marked as spam. Mark it as not spam first.</translation>
    </message>
    <message>
        <source>Choose the date and time of the booking.</source>
        <translation>Choose the date and time of the booking.</translation>
    </message>
    <message>
        <source>The booking note can be at most %1 characters long (it has %2).</source>
        <translation>The booking note can be at most %1 characters long (it has %2).</translation>
    </message>
    <message>
        <source>Choose a time in the future to snooze until.</source>
        <translation>Choose a time in the future to snooze until.</translation>
    </message>
    <message>
        <source>The address can be at most %1 characters long (it has %2).</source>
        <translation>The address can be at most %1 characters long (it has %2).</translation>
    </message>
    <message>
        <source>The service can be at most %1 characters long (it has %2).</source>
        <translation>The service can be at most %1 characters long (it has %2).</translation>
    </message>
    <message>
        <source>The notes can be at most %1 characters long (they have %2).</source>
        <translation>The notes can be at most %1 characters long (they have %2).</translation>
    </message>
    <message>
        <source>read a number&apos;s line type</source>
        <translation>read a number&apos;s line type</translation>
    </message>
    <message>
        <source>hold a text to a landline</source>
        <translation>hold a text to a landline</translation>
    </message>
    <message>
        <source>record a line-type lookup</source>
        <translation>record a line-type lookup</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>line-type lookup failed (%1): texted as usual</source>
        <translation>line-type lookup failed (%1): texted as usual</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>no details</translation>
    </message>
    <message>
        <source>line-type lookup not available with this provider</source>
        <translation>line-type lookup not available with this provider</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>landline</translation>
    </message>
    <message>
        <source>toll-free number</source>
        <translation>toll-free number</translation>
    </message>
    <message>
        <source>fixed VoIP line</source>
        <translation>fixed VoIP line</translation>
    </message>
    <message>
        <source>voicemail-only number</source>
        <translation>voicemail-only number</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>pager</translation>
    </message>
    <message>
        <source>%1 number</source>
        <extracomment>%1 is the provider&apos;s line type, e.g. &quot;premium&quot; or &quot;sharedCost&quot;.</extracomment>
        <translation>%1 number</translation>
    </message>
    <message>
        <source>line-type lookup says %1: can&apos;t receive texts, call back instead</source>
        <extracomment>%1: &quot;landline&quot;, &quot;toll-free number&quot;, &quot;fixed VoIP line&quot;, ...</extracomment>
        <translation>line-type lookup says %1: can&apos;t receive texts, call back instead</translation>
    </message>
    <message>
        <source>This number is not marked as unable to receive texts.</source>
        <translation>This number is not marked as unable to receive texts.</translation>
    </message>
    <message numerus="yes">
        <source>It&apos;s %1 for this caller (%2 time).</source>
        <extracomment>%1 is the caller&apos;s time of day, %2 the name of the time zone. Not shown: %n is the hour of %1 (1 for 1:05 PM), so the wording can agree with it, as in Spanish &quot;es la 1:05&quot; but &quot;son las 2:05&quot;.</extracomment>
        <translation>
            <numerusform>It&apos;s %1 for this caller (%2 time).</numerusform>
            <numerusform>It&apos;s %1 for this caller (%2 time).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quiet hours until %1.</source>
        <extracomment>%1 is a time of day. Not shown: %n is its hour (1 for 1:00 PM), so the wording can agree with it, as in Spanish &quot;hasta la 1:00&quot; but &quot;hasta las 8:00&quot;.</extracomment>
        <translation>
            <numerusform>Quiet hours until %1.</numerusform>
            <numerusform>Quiet hours until %1.</numerusform>
        </translation>
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
    <message>
        <source>The %1 setting &quot;%2&quot; (%3) is not saved. Enter it in Settings › Provider, which keeps it in the system keychain, or set the environment variable %4.</source>
        <translation>The %1 setting &quot;%2&quot; (%3) is not saved. Enter it in Settings › Provider, which keeps it in the system keychain, or set the environment variable %4.</translation>
    </message>
    <message>
        <source>The %1 setting &quot;%2&quot; (%3) could not be read: %4</source>
        <translation>The %1 setting &quot;%2&quot; (%3) could not be read: %4</translation>
    </message>
    <message>
        <source>%1. Change &quot;webhook_listen&quot; in Settings › Provider, or close the program that uses that port.</source>
        <extracomment>%1 says why (address in use, ...); webhook_listen is a setting&apos;s name</extracomment>
        <translation>%1. Change &quot;webhook_listen&quot; in Settings › Provider, or close the program that uses that port.</translation>
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
    <name>ringback::HeldReasons</name>
    <message>
        <source>Call result not set to text back</source>
        <translation>Call result not set to text back</translation>
    </message>
    <message>
        <source>Likely pocket dial</source>
        <translation>Likely pocket dial</translation>
    </message>
    <message>
        <source>Text-back off for the line</source>
        <translation>Text-back off for the line</translation>
    </message>
    <message>
        <source>Number withheld</source>
        <translation>Number withheld</translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation>Invalid number</translation>
    </message>
    <message>
        <source>Landline or other number that can&apos;t text</source>
        <translation>Landline or other number that can&apos;t text</translation>
    </message>
    <message>
        <source>Earlier text failed: can&apos;t receive texts</source>
        <translation>Earlier text failed: can&apos;t receive texts</translation>
    </message>
    <message>
        <source>International number</source>
        <translation>International number</translation>
    </message>
    <message>
        <source>Marked as spam</source>
        <translation>Marked as spam</translation>
    </message>
    <message>
        <source>Blocked number</source>
        <translation>Blocked number</translation>
    </message>
    <message>
        <source>Known contact or vendor</source>
        <translation>Known contact or vendor</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Opted out</translation>
    </message>
    <message>
        <source>Probable opt-out</source>
        <translation>Probable opt-out</translation>
    </message>
    <message>
        <source>Likely robocaller</source>
        <translation>Likely robocaller</translation>
    </message>
    <message>
        <source>Repeat call, already texted</source>
        <translation>Repeat call, already texted</translation>
    </message>
    <message>
        <source>Conversation already active</source>
        <translation>Conversation already active</translation>
    </message>
    <message>
        <source>Missed while Ringback was closed</source>
        <translation>Missed while Ringback was closed</translation>
    </message>
    <message>
        <source>Reported too late to text</source>
        <translation>Reported too late to text</translation>
    </message>
    <message>
        <source>During business hours</source>
        <extracomment>A line set to text back only outside business hours.</extracomment>
        <translation>During business hours</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Quiet hours</translation>
    </message>
    <message>
        <source>Caller called again and was answered</source>
        <translation>Caller called again and was answered</translation>
    </message>
    <message>
        <source>The office wrote first</source>
        <translation>The office wrote first</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>Landline</translation>
    </message>
    <message>
        <source>No reason recorded</source>
        <translation>No reason recorded</translation>
    </message>
    <message>
        <source>Toll-free or other line that can&apos;t text</source>
        <translation>Toll-free or other line that can&apos;t text</translation>
    </message>
    <message>
        <source>Texted</source>
        <translation>Texted</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Template has an error</source>
        <extracomment>The automatic text&apos;s template has an error, so the call was not texted.</extracomment>
        <translation>Template has an error</translation>
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
    <message>
        <source>&quot;auto_replies&quot; is not a list of keywords</source>
        <translation>&quot;auto_replies&quot; is not a list of keywords</translation>
    </message>
    <message>
        <source>&quot;auto_replies&quot; holds an empty keyword</source>
        <translation>&quot;auto_replies&quot; holds an empty keyword</translation>
    </message>
    <message>
        <source>&quot;send_rate_per_minute&quot; is not a positive number</source>
        <translation>&quot;send_rate_per_minute&quot; is not a positive number</translation>
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
    <name>ringback::Provider</name>
    <message>
        <source>This provider cannot test its connection. Save the settings and watch the status bar after a restart.</source>
        <translation>This provider cannot test its connection. Save the settings and watch the status bar after a restart.</translation>
    </message>
    <message>
        <source>This provider has no sign-in in the browser. Enter its credentials in the form.</source>
        <translation>This provider has no sign-in in the browser. Enter its credentials in the form.</translation>
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
    <name>ringback::QueueExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
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
    <name>ringback::QuoProvider</name>
    <message>
        <source>an entry of &quot;data&quot; is not an object</source>
        <translation>an entry of &quot;data&quot; is not an object</translation>
    </message>
    <message>
        <source>an entry of &quot;data&quot; has no id</source>
        <translation>an entry of &quot;data&quot; has no id</translation>
    </message>
    <message>
        <source>&quot;nextPageToken&quot; is neither text nor null</source>
        <translation>&quot;nextPageToken&quot; is neither text nor null</translation>
    </message>
    <message>
        <source>a phone number has no id or number</source>
        <translation>a phone number has no id or number</translation>
    </message>
    <message>
        <source>call %1 lacks its direction, status or time</source>
        <translation>call %1 lacks its direction, status or time</translation>
    </message>
    <message>
        <source>message %1 lacks its direction or time</source>
        <translation>message %1 lacks its direction or time</translation>
    </message>
    <message>
        <source>the message has no id</source>
        <translation>the message has no id</translation>
    </message>
    <message>
        <source>Quo refused the API key. Copy it again from Quo: Settings › API (paste the key alone, without “Bearer”).</source>
        <translation>Quo refused the API key. Copy it again from Quo: Settings › API (paste the key alone, without “Bearer”).</translation>
    </message>
    <message>
        <source>Quo refused the check (403): the API key may not see the workspace&apos;s phone numbers.</source>
        <translation>Quo refused the check (403): the API key may not see the workspace&apos;s phone numbers.</translation>
    </message>
    <message>
        <source>Quo refused the check (HTTP %1: %2).</source>
        <translation>Quo refused the check (HTTP %1: %2).</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>no details</translation>
    </message>
    <message>
        <source>The Quo settings are incomplete.</source>
        <translation>The Quo settings are incomplete.</translation>
    </message>
    <message>
        <source>Connected to Quo: the API key works and %1 is in the workspace.</source>
        <translation>Connected to Quo: the API key works and %1 is in the workspace.</translation>
    </message>
    <message>
        <source>Connected to Quo: the API key works and %1 (“%2”) is in the workspace.</source>
        <translation>Connected to Quo: the API key works and %1 (“%2”) is in the workspace.</translation>
    </message>
    <message>
        <source>The API key works, but this Quo workspace has no phone numbers.</source>
        <translation>The API key works, but this Quo workspace has no phone numbers.</translation>
    </message>
    <message>
        <source>%1 is not a number in this Quo workspace. Its numbers: %2.</source>
        <translation>%1 is not a number in this Quo workspace. Its numbers: %2.</translation>
    </message>
    <message>
        <source>&quot;api_key&quot; is missing (or set RINGBACK_OPENPHONE_API_KEY).</source>
        <translation>&quot;api_key&quot; is missing (or set RINGBACK_OPENPHONE_API_KEY).</translation>
    </message>
    <message>
        <source>&quot;api_key&quot; must be the key alone, without spaces (Quo: Settings › API).</source>
        <translation>&quot;api_key&quot; must be the key alone, without spaces (Quo: Settings › API).</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>looking up the business number</source>
        <translation>looking up the business number</translation>
    </message>
    <message>
        <source>Quo refused the API key (401)</source>
        <translation>Quo refused the API key (401)</translation>
    </message>
    <message>
        <source>the number %1 is not in this Quo workspace</source>
        <translation>the number %1 is not in this Quo workspace</translation>
    </message>
    <message>
        <source>&quot;webhook_public_url&quot; is set but &quot;webhook_signing_key&quot; is missing (or set RINGBACK_OPENPHONE_WEBHOOK_SIGNING_KEY). Set both to receive Quo&apos;s webhooks, or neither to only check every few seconds.</source>
        <translation>&quot;webhook_public_url&quot; is set but &quot;webhook_signing_key&quot; is missing (or set RINGBACK_OPENPHONE_WEBHOOK_SIGNING_KEY). Set both to receive Quo&apos;s webhooks, or neither to only check every few seconds.</translation>
    </message>
    <message>
        <source>&quot;webhook_signing_key&quot; is set but &quot;webhook_public_url&quot; is not. Set both to receive Quo&apos;s webhooks, or neither to only check every few seconds.</source>
        <translation>&quot;webhook_signing_key&quot; is set but &quot;webhook_public_url&quot; is not. Set both to receive Quo&apos;s webhooks, or neither to only check every few seconds.</translation>
    </message>
    <message>
        <source>&quot;webhook_signing_key&quot; must be the webhook&apos;s signing key as Quo shows it (Base64), or several separated by spaces.</source>
        <translation>&quot;webhook_signing_key&quot; must be the webhook&apos;s signing key as Quo shows it (Base64), or several separated by spaces.</translation>
    </message>
</context>
<context>
    <name>ringback::RingCentralProvider</name>
    <message>
        <source>a record is not an object</source>
        <translation>a record is not an object</translation>
    </message>
    <message>
        <source>no &quot;syncInfo.syncToken&quot;</source>
        <translation>no &quot;syncInfo.syncToken&quot;</translation>
    </message>
    <message>
        <source>no &quot;access_token&quot; or &quot;expires_in&quot;</source>
        <translation>no &quot;access_token&quot; or &quot;expires_in&quot;</translation>
    </message>
    <message>
        <source>no &quot;ws_access_token&quot; or &quot;uri&quot;</source>
        <translation>no &quot;ws_access_token&quot; or &quot;uri&quot;</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>no details</translation>
    </message>
    <message>
        <source>RingCentral HTTP %1: %2</source>
        <translation>RingCentral HTTP %1: %2</translation>
    </message>
    <message>
        <source>getting an access token</source>
        <translation>getting an access token</translation>
    </message>
    <message>
        <source>RingCentral refused the Client ID, Client secret or JWT (HTTP %1 %2: %3)</source>
        <translation>RingCentral refused the Client ID, Client secret or JWT (HTTP %1 %2: %3)</translation>
    </message>
    <message>
        <source>RingCentral refused the app&apos;s token (401).</source>
        <translation>RingCentral refused the app&apos;s token (401).</translation>
    </message>
    <message>
        <source>The RingCentral app lacks a permission (%1: %2). In the Developer Console give it ReadAccounts, ReadCallLog, ReadMessages, SMS and WebSocketsSubscriptions.</source>
        <translation>The RingCentral app lacks a permission (%1: %2). In the Developer Console give it ReadAccounts, ReadCallLog, ReadMessages, SMS and WebSocketsSubscriptions.</translation>
    </message>
    <message>
        <source>RingCentral refused the check (HTTP %1 %2: %3).</source>
        <translation>RingCentral refused the check (HTTP %1 %2: %3).</translation>
    </message>
    <message>
        <source>The RingCentral settings are incomplete.</source>
        <translation>The RingCentral settings are incomplete.</translation>
    </message>
    <message>
        <source>RingCentral refused the Client ID, Client secret or JWT. Check them in the Developer Console (%1).</source>
        <translation>RingCentral refused the Client ID, Client secret or JWT. Check them in the Developer Console (%1).</translation>
    </message>
    <message>
        <source>%1 is not a number of the RingCentral user the JWT belongs to.</source>
        <translation>%1 is not a number of the RingCentral user the JWT belongs to.</translation>
    </message>
    <message>
        <source>%1 belongs to this RingCentral user but cannot send texts (no SmsSender feature).</source>
        <translation>%1 belongs to this RingCentral user but cannot send texts (no SmsSender feature).</translation>
    </message>
    <message>
        <source>Connected to RingCentral: the app&apos;s credentials work and %1 can send texts.</source>
        <translation>Connected to RingCentral: the app&apos;s credentials work and %1 can send texts.</translation>
    </message>
    <message>
        <source>&quot;client_id&quot; is missing (RingCentral Developer Console, your app, Credentials).</source>
        <translation>&quot;client_id&quot; is missing (RingCentral Developer Console, your app, Credentials).</translation>
    </message>
    <message>
        <source>&quot;client_secret&quot; is missing (or set RINGBACK_RINGCENTRAL_CLIENT_SECRET).</source>
        <translation>&quot;client_secret&quot; is missing (or set RINGBACK_RINGCENTRAL_CLIENT_SECRET).</translation>
    </message>
    <message>
        <source>&quot;jwt&quot; is missing (or set RINGBACK_RINGCENTRAL_JWT).</source>
        <translation>&quot;jwt&quot; is missing (or set RINGBACK_RINGCENTRAL_JWT).</translation>
    </message>
    <message>
        <source>Checking the RingCentral account…</source>
        <translation>Checking the RingCentral account…</translation>
    </message>
    <message>
        <source>checking the business number</source>
        <translation>checking the business number</translation>
    </message>
    <message>
        <source>the number %1 is not one of this RingCentral user&apos;s numbers</source>
        <translation>the number %1 is not one of this RingCentral user&apos;s numbers</translation>
    </message>
    <message>
        <source>the number %1 cannot send texts at RingCentral</source>
        <translation>the number %1 cannot send texts at RingCentral</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Connected to RingCentral: calls and texts arrive as they happen</source>
        <translation>Connected to RingCentral: calls and texts arrive as they happen</translation>
    </message>
    <message>
        <source>Reconnecting to RingCentral&apos;s live updates; checking the call log meanwhile</source>
        <translation>Reconnecting to RingCentral&apos;s live updates; checking the call log meanwhile</translation>
    </message>
    <message>
        <source>RingCentral refused the app&apos;s credentials or token (401%1)</source>
        <translation>RingCentral refused the app&apos;s credentials or token (401%1)</translation>
    </message>
    <message>
        <source>RingCentral asked Ringback to slow down (429) while %1</source>
        <translation>RingCentral asked Ringback to slow down (429) while %1</translation>
    </message>
    <message>
        <source>RingCentral asked Ringback to slow down (429, %1 group) while %2</source>
        <translation>RingCentral asked Ringback to slow down (429, %1 group) while %2</translation>
    </message>
    <message>
        <source>Ringback is not signed in to RingCentral. Open Settings › Provider and click &quot;Sign in with RingCentral…&quot;.</source>
        <translation>Ringback is not signed in to RingCentral. Open Settings › Provider and click &quot;Sign in with RingCentral…&quot;.</translation>
    </message>
    <message>
        <source>RingCentral no longer accepts Ringback&apos;s sign-in (HTTP %1 %2: %3). Open Settings › Provider and click &quot;Sign in with RingCentral…&quot; again.</source>
        <translation>RingCentral no longer accepts Ringback&apos;s sign-in (HTTP %1 %2: %3). Open Settings › Provider and click &quot;Sign in with RingCentral…&quot; again.</translation>
    </message>
    <message>
        <source>&quot;auth_mode&quot; must be jwt or pkce.</source>
        <translation>&quot;auth_mode&quot; must be jwt or pkce.</translation>
    </message>
    <message>
        <source>&quot;redirect_port&quot; must be a port number (0: any free one).</source>
        <translation>&quot;redirect_port&quot; must be a port number (0: any free one).</translation>
    </message>
    <message>
        <source>Ringback is not signed in to RingCentral (auth_mode pkce). Open Settings › Provider and click &quot;Sign in with RingCentral…&quot;, or set RINGBACK_RINGCENTRAL_REFRESH_TOKEN.</source>
        <translation>Ringback is not signed in to RingCentral (auth_mode pkce). Open Settings › Provider and click &quot;Sign in with RingCentral…&quot;, or set RINGBACK_RINGCENTRAL_REFRESH_TOKEN.</translation>
    </message>
    <message>
        <source>A RingCentral sign-in is saved. Test connection does not use it, because RingCentral replaces it at each use; &quot;Sign in with RingCentral…&quot; signs in again.</source>
        <translation>A RingCentral sign-in is saved. Test connection does not use it, because RingCentral replaces it at each use; &quot;Sign in with RingCentral…&quot; signs in again.</translation>
    </message>
    <message>
        <source>The browser sign-in is for a public app: choose pkce as the sign-in method (auth_mode) first.</source>
        <translation>The browser sign-in is for a public app: choose pkce as the sign-in method (auth_mode) first.</translation>
    </message>
    <message>
        <source>Ringback could not open a web browser for the RingCentral sign-in.</source>
        <translation>Ringback could not open a web browser for the RingCentral sign-in.</translation>
    </message>
    <message>
        <source>RingCentral refused the sign-in (HTTP %1 %2: %3). Check that the app is a public app with the authorization code flow and this redirect URI.</source>
        <extracomment>%1 HTTP status, %2 RingCentral&apos;s error code, %3 its message</extracomment>
        <translation>RingCentral refused the sign-in (HTTP %1 %2: %3). Check that the app is a public app with the authorization code flow and this redirect URI.</translation>
    </message>
    <message>
        <source>RingCentral&apos;s answer to the sign-in holds no refresh token (%1).</source>
        <translation>RingCentral&apos;s answer to the sign-in holds no refresh token (%1).</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>none given</translation>
    </message>
    <message>
        <source>Signed in, but Ringback has nowhere to keep the sign-in.</source>
        <translation>Signed in, but Ringback has nowhere to keep the sign-in.</translation>
    </message>
    <message>
        <source>Signed in to RingCentral. Ringback keeps the sign-in in the system keychain and uses it from its next start.</source>
        <translation>Signed in to RingCentral. Ringback keeps the sign-in in the system keychain and uses it from its next start.</translation>
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
    <message>
        <source>There is no template &quot;%1&quot; (%2); using &quot;%3&quot;.</source>
        <translation>There is no template &quot;%1&quot; (%2); using &quot;%3&quot;.</translation>
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
    <message>
        <source>Start-up was interrupted.</source>
        <translation>Start-up was interrupted.</translation>
    </message>
</context>
<context>
    <name>ringback::SecretStore</name>
    <message>
        <source>no details</source>
        <translation>no details</translation>
    </message>
    <message>
        <source>No &quot;%1&quot; is saved in the system keychain for the %2 provider.</source>
        <translation>No &quot;%1&quot; is saved in the system keychain for the %2 provider.</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). Allow Ringback to use it, or in headless use set %2 instead.</source>
        <translation>The system keychain refused access (%1). Allow Ringback to use it, or in headless use set %2 instead.</translation>
    </message>
    <message>
        <source>The system keychain could not remove &quot;%1&quot; (%2).</source>
        <translation>The system keychain could not remove &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). In headless use, set %2 instead.</source>
        <translation>The system keychain is not available (%1). In headless use, set %2 instead.</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
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
    <message>
        <source>Simulator ready: no account needed.</source>
        <translation>Simulator ready: no account needed.</translation>
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
    <name>ringback::TelnyxProvider</name>
    <message>
        <source>no details</source>
        <translation>no details</translation>
    </message>
    <message>
        <source>Telnyx refused the message (HTTP %1)</source>
        <translation>Telnyx refused the message (HTTP %1)</translation>
    </message>
    <message>
        <source>Telnyx refused the API key (HTTP %1). Check it in Mission Control › API Keys.</source>
        <translation>Telnyx refused the API key (HTTP %1). Check it in Mission Control › API Keys.</translation>
    </message>
    <message>
        <source>Telnyx refused the check (HTTP %1: %2).</source>
        <translation>Telnyx refused the check (HTTP %1: %2).</translation>
    </message>
    <message>
        <source>%1 is not a messaging number on this Telnyx account.</source>
        <translation>%1 is not a messaging number on this Telnyx account.</translation>
    </message>
    <message>
        <source>%1 is on this Telnyx account but not on the messaging profile %2.</source>
        <translation>%1 is on this Telnyx account but not on the messaging profile %2.</translation>
    </message>
    <message>
        <source>Connected to Telnyx: the API key works and %1 is on the account.</source>
        <translation>Connected to Telnyx: the API key works and %1 is on the account.</translation>
    </message>
    <message>
        <source>The Telnyx settings are incomplete.</source>
        <translation>The Telnyx settings are incomplete.</translation>
    </message>
    <message>
        <source>&quot;api_key&quot; is missing (or set RINGBACK_TELNYX_API_KEY).</source>
        <translation>&quot;api_key&quot; is missing (or set RINGBACK_TELNYX_API_KEY).</translation>
    </message>
    <message>
        <source>&quot;public_key&quot; must be the Base64 Ed25519 public key from Mission Control › Keys &amp; Credentials › Public Key (32 bytes).</source>
        <translation>&quot;public_key&quot; must be the Base64 Ed25519 public key from Mission Control › Keys &amp; Credentials › Public Key (32 bytes).</translation>
    </message>
    <message>
        <source>Telnyx needs the webhook receiver, which is not running; texts can go out but no missed calls or replies come in.</source>
        <translation>Telnyx needs the webhook receiver, which is not running; texts can go out but no missed calls or replies come in.</translation>
    </message>
    <message>
        <source>Checking the Telnyx account</source>
        <translation>Checking the Telnyx account</translation>
    </message>
    <message>
        <source>Receiving Telnyx webhooks at %1</source>
        <translation>Receiving Telnyx webhooks at %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Telnyx refused the API key (HTTP %1)</source>
        <translation>Telnyx refused the API key (HTTP %1)</translation>
    </message>
    <message>
        <source>Telnyx refused %1 (HTTP %2: %3)</source>
        <translation>Telnyx refused %1 (HTTP %2: %3)</translation>
    </message>
    <message>
        <source>catching up on missed calls</source>
        <translation>catching up on missed calls</translation>
    </message>
    <message>
        <source>Telnyx sent an unreadable answer while %1 (%2)</source>
        <translation>Telnyx sent an unreadable answer while %1 (%2)</translation>
    </message>
    <message>
        <source>Receiving Telnyx webhooks at %1 (%2)</source>
        <extracomment>%1 is the webhook address; %2 what went wrong listing the missed calls.</extracomment>
        <translation>Receiving Telnyx webhooks at %1 (%2)</translation>
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
    <message numerus="yes">
        <source>quiet hours in the caller&apos;s time zone (%1), sends at %2</source>
        <extracomment>%1 is the name of a time zone, %2 a time of day. Not shown: %n is the hour of %2 (1 for 1:00 PM), so the wording can agree with it, as in Spanish &quot;a la 1:00&quot; but &quot;a las 8:00&quot;.</extracomment>
        <translation>
            <numerusform>quiet hours in the caller&apos;s time zone (%1), sends at %2</numerusform>
            <numerusform>quiet hours in the caller&apos;s time zone (%1), sends at %2</numerusform>
        </translation>
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
        <source>business hours</source>
        <translation>business hours</translation>
    </message>
    <message>
        <source>after hours</source>
        <translation>after hours</translation>
    </message>
    <message>
        <source>closed for a holiday</source>
        <translation>closed for a holiday</translation>
    </message>
    <message>
        <source>opted out (%1)</source>
        <translation>opted out (%1)</translation>
    </message>
</context>
<context>
    <name>ringback::TwilioProvider</name>
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
        <source>&quot;account_sid&quot; must be AC followed by 32 hexadecimal characters (Twilio Console, Account Info).</source>
        <translation>&quot;account_sid&quot; must be AC followed by 32 hexadecimal characters (Twilio Console, Account Info).</translation>
    </message>
    <message>
        <source>&quot;auth_token&quot; is missing (or set RINGBACK_TWILIO_AUTH_TOKEN).</source>
        <translation>&quot;auth_token&quot; is missing (or set RINGBACK_TWILIO_AUTH_TOKEN).</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Twilio refused the Account SID or Auth Token (401)</source>
        <translation>Twilio refused the Account SID or Auth Token (401)</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>no details</translation>
    </message>
    <message>
        <source>%1 is not a number on this Twilio account.</source>
        <translation>%1 is not a number on this Twilio account.</translation>
    </message>
    <message>
        <source>Connected to Twilio: the account works and %1 is on it.</source>
        <translation>Connected to Twilio: the account works and %1 is on it.</translation>
    </message>
    <message>
        <source>Connected to Twilio account “%1”: %2 is on it.</source>
        <translation>Connected to Twilio account “%1”: %2 is on it.</translation>
    </message>
    <message>
        <source>Twilio refused the Account SID or Auth Token.</source>
        <translation>Twilio refused the Account SID or Auth Token.</translation>
    </message>
    <message>
        <source>Twilio has no account %1 for these credentials.</source>
        <translation>Twilio has no account %1 for these credentials.</translation>
    </message>
    <message>
        <source>Twilio refused the check (HTTP %1: %2).</source>
        <translation>Twilio refused the check (HTTP %1: %2).</translation>
    </message>
    <message>
        <source>The Twilio settings are incomplete.</source>
        <translation>The Twilio settings are incomplete.</translation>
    </message>
    <message>
        <source>The Twilio account is %1, not active.</source>
        <translation>The Twilio account is %1, not active.</translation>
    </message>
    <message>
        <source>cannot reach Twilio Lookup: %1</source>
        <translation>cannot reach Twilio Lookup: %1</translation>
    </message>
    <message>
        <source>Twilio Lookup refused it (HTTP %1%2: %3)</source>
        <translation>Twilio Lookup refused it (HTTP %1%2: %3)</translation>
    </message>
    <message>
        <source>Twilio sent an answer Ringback cannot read (%1)</source>
        <translation>Twilio sent an answer Ringback cannot read (%1)</translation>
    </message>
    <message>
        <source>Twilio says the number is not valid</source>
        <translation>Twilio says the number is not valid</translation>
    </message>
    <message>
        <source>Twilio Lookup error 60601: this country needs Twilio&apos;s approval first</source>
        <translation>Twilio Lookup error 60601: this country needs Twilio&apos;s approval first</translation>
    </message>
    <message>
        <source>Twilio Lookup error %1</source>
        <translation>Twilio Lookup error %1</translation>
    </message>
    <message>
        <source>Twilio did not say the line type</source>
        <translation>Twilio did not say the line type</translation>
    </message>
    <message>
        <source>the Twilio settings are incomplete</source>
        <translation>the Twilio settings are incomplete</translation>
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
    <name>ringback::gui::BookDialog</name>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Book a job for %1.</source>
        <translation>Book a job for %1.</translation>
    </message>
    <message>
        <source>Date and time of the job</source>
        <translation>Date and time of the job</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <source>Booking note</source>
        <translation>Booking note</translation>
    </message>
    <message>
        <source>Optional, e.g. bring the long ladder</source>
        <translation>Optional, e.g. bring the long ladder</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Save a calendar file (.ics) afterwards</source>
        <translation>&amp;Save a calendar file (.ics) afterwards</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <extracomment>Button: record the booking.</extracomment>
        <translation>&amp;Book</translation>
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
    <name>ringback::gui::DashboardChart</name>
    <message>
        <source>Missed calls, replies and recovered leads per day</source>
        <translation>Missed calls, replies and recovered leads per day</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>Day labels of the dashboard chart and table (Qt date format): &quot;4 Mar&quot;.</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Missed calls</source>
        <translation>Missed calls</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Recovered</translation>
    </message>
    <message numerus="yes">
        <source>%n missed call(s)</source>
        <translation>
            <numerusform>%n missed call</numerusform>
            <numerusform>%n missed calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recovered</source>
        <translation>
            <numerusform>%n recovered</numerusform>
            <numerusform>%n recovered</numerusform>
        </translation>
    </message>
    <message>
        <source>No figures yet.</source>
        <translation>No figures yet.</translation>
    </message>
    <message>
        <source>%1 to %2: %3, %4, %5.</source>
        <translation>%1 to %2: %3, %4, %5.</translation>
    </message>
    <message>
        <source>Busiest day: %1, with %2.</source>
        <translation>Busiest day: %1, with %2.</translation>
    </message>
</context>
<context>
    <name>ringback::gui::DashboardTableModel</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Missed calls</source>
        <translation>Missed calls</translation>
    </message>
    <message>
        <source>Texts sent</source>
        <translation>Texts sent</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>Reply rate</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Recovered</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
</context>
<context>
    <name>ringback::gui::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Missed calls</source>
        <translation>Missed calls</translation>
    </message>
    <message>
        <source>Texts sent</source>
        <translation>Texts sent</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <source>Recovered</source>
        <extracomment>Leads won back: the caller replied or the office reached them.</extracomment>
        <translation>Recovered</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>No next step</source>
        <extracomment>Leads nobody is working on (not in the call-back queue, not booked).</extracomment>
        <translation>No next step</translation>
    </message>
    <message>
        <source>Estimated recovered revenue</source>
        <translation>Estimated recovered revenue</translation>
    </message>
    <message>
        <source>Show as &amp;table</source>
        <translation>Show as &amp;table</translation>
    </message>
    <message>
        <source>Show the chart&apos;s numbers as a table</source>
        <translation>Show the chart&apos;s numbers as a table</translation>
    </message>
    <message>
        <source>Figures per day</source>
        <translation>Figures per day</translation>
    </message>
    <message>
        <source>&amp;Held, not texted</source>
        <translation>&amp;Held, not texted</translation>
    </message>
    <message>
        <source>Calls held, not texted, by reason</source>
        <translation>Calls held, not texted, by reason</translation>
    </message>
    <message>
        <source>No missed call was held back in this period.</source>
        <translation>No missed call was held back in this period.</translation>
    </message>
    <message>
        <source>Could not read the figures: %1</source>
        <translation>Could not read the figures: %1</translation>
    </message>
    <message>
        <source>%1 reply rate</source>
        <translation>%1 reply rate</translation>
    </message>
    <message numerus="yes">
        <source>of %n missed-call lead(s)</source>
        <translation>
            <numerusform>of %n missed-call lead</numerusform>
            <numerusform>of %n missed-call leads</numerusform>
        </translation>
    </message>
    <message>
        <source>right now</source>
        <translation>right now</translation>
    </message>
    <message>
        <source>Set your average job value in Settings</source>
        <translation>Set your average job value in Settings</translation>
    </message>
    <message>
        <source>%1 recovered × %2</source>
        <translation>%1 recovered × %2</translation>
    </message>
    <message>
        <source>Updating the figures…</source>
        <translation>Updating the figures…</translation>
    </message>
</context>
<context>
    <name>ringback::gui::FigureTile</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A dashboard figure read aloud: &quot;Replies: 5&quot;.</extracomment>
        <translation>%1: %2</translation>
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
</context>
<context>
    <name>ringback::gui::GeneralPage</name>
    <message>
        <source>Start Ringback when I &amp;log in</source>
        <translation>Start Ringback when I &amp;log in</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Start Ringback when I log in</source>
        <translation>Start Ringback when I log in</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Saves a complete copy of the conversations database to a file you choose, without stopping Ringback.</source>
        <translation>Saves a complete copy of the conversations database to a file you choose, without stopping Ringback.</translation>
    </message>
    <message>
        <source>A new language shows when you restart Ringback.</source>
        <translation>A new language shows when you restart Ringback.</translation>
    </message>
    <message>
        <source>The new language shows when you restart Ringback.</source>
        <translation>The new language shows when you restart Ringback.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>The database is not open.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Backed up to %1.</translation>
    </message>
    <message>
        <source>Back up Ringback</source>
        <translation>Back up Ringback</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite)</source>
        <translation>SQLite database (*.sqlite)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Backing up</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Backing up to %1…</translation>
    </message>
</context>
<context>
    <name>ringback::gui::HeldReasonsModel</name>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
</context>
<context>
    <name>ringback::gui::HoursPage</name>
    <message>
        <source>Text back only &amp;after hours</source>
        <translation>Text back only &amp;after hours</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Type part of a city to search, e.g. Chicago.</source>
        <translation>Type part of a city to search, e.g. Chicago.</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Time zone:</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Open on %1</source>
        <translation>Open on %1</translation>
    </message>
    <message>
        <source>%1 opens at</source>
        <translation>%1 opens at</translation>
    </message>
    <message>
        <source>%1 closes at</source>
        <translation>%1 closes at</translation>
    </message>
    <message>
        <source>00:00 means midnight at the end of the day.</source>
        <translation>00:00 means midnight at the end of the day.</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the opening and closing time of a day.</extracomment>
        <translation>to</translation>
    </message>
    <message>
        <source>Closures and holidays</source>
        <translation>Closures and holidays</translation>
    </message>
    <message>
        <source>Closures</source>
        <translation>Closures</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Closure date</source>
        <translation>Closure date</translation>
    </message>
    <message>
        <source>e.g. Christmas</source>
        <translation>e.g. Christmas</translation>
    </message>
    <message>
        <source>Closure name</source>
        <translation>Closure name</translation>
    </message>
    <message>
        <source>A&amp;dd closure</source>
        <translation>A&amp;dd closure</translation>
    </message>
    <message>
        <source>Re&amp;move closure</source>
        <translation>Re&amp;move closure</translation>
    </message>
    <message>
        <source>Text back only after hours</source>
        <translation>Text back only after hours</translation>
    </message>
    <message>
        <source>When on, missed calls during opening hours get no automatic text: someone is there to call back.</source>
        <translation>When on, missed calls during opening hours get no automatic text: someone is there to call back.</translation>
    </message>
    <message>
        <source>This day has a break; it is kept unless you change the times.</source>
        <translation>This day has a break; it is kept unless you change the times.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone; pick one from the list.</source>
        <translation>&quot;%1&quot; is not a time zone; pick one from the list.</translation>
    </message>
    <message>
        <source>On %1 the closing time must be after the opening time.</source>
        <translation>On %1 the closing time must be after the opening time.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
</context>
<context>
    <name>ringback::gui::LeadPanel</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Caller&apos;s name</source>
        <translation>Caller&apos;s name</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Job address</source>
        <translation>Job address</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vice:</translation>
    </message>
    <message>
        <source>Service needed</source>
        <extracomment>The kind of job the caller needs, e.g. &quot;water heater&quot;.</extracomment>
        <translation>Service needed</translation>
    </message>
    <message>
        <source>Notes about the job</source>
        <translation>Notes about the job</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Lead state</source>
        <translation>Lead state</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>&amp;Lead:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the lead details</source>
        <translation>Save the lead details</translation>
    </message>
    <message>
        <source>Handled by %1, %2</source>
        <extracomment>%1: a person in the office; %2: date and time.</extracomment>
        <translation>Handled by %1, %2</translation>
    </message>
    <message>
        <source>Not handled yet</source>
        <translation>Not handled yet</translation>
    </message>
    <message>
        <source>Booked for %1</source>
        <translation>Booked for %1</translation>
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
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Unread</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Restart Ringback</source>
        <translation>Restart Ringback</translation>
    </message>
    <message>
        <source>Quit Ringback and start it again to use these settings. Until then it keeps texting back with the settings it started with.</source>
        <translation>Quit Ringback and start it again to use these settings. Until then it keeps texting back with the settings it started with.</translation>
    </message>
    <message>
        <source>Settings saved. Ringback uses them from now on.</source>
        <translation>Settings saved. Ringback uses them from now on.</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>&amp;Templates…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>Next &amp;unread conversation</source>
        <translation>Next &amp;unread conversation</translation>
    </message>
    <message>
        <source>Next u&amp;rgent conversation</source>
        <translation>Next u&amp;rgent conversation</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Reply</translation>
    </message>
    <message>
        <source>No other urgent conversation.</source>
        <translation>No other urgent conversation.</translation>
    </message>
    <message>
        <source>No other unread conversation.</source>
        <translation>No other unread conversation.</translation>
    </message>
    <message>
        <source>Ringback keeps running</source>
        <translation>Ringback keeps running</translation>
    </message>
    <message>
        <source>Ringback is still texting back missed callers and will tell you about replies. Click its icon in the system tray to open the window again; to stop it, choose Quit in the File menu or the tray icon&apos;s menu.</source>
        <translation>Ringback is still texting back missed callers and will tell you about replies. Click its icon in the system tray to open the window again; to stop it, choose Quit in the File menu or the tray icon&apos;s menu.</translation>
    </message>
    <message>
        <source>Needs call-back</source>
        <translation>Needs call-back</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Opted out</translation>
    </message>
    <message>
        <source>Call-back queue</source>
        <translation>Call-back queue</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Needs call-back</source>
        <translation>&amp;Needs call-back</translation>
    </message>
    <message>
        <source>&amp;Booked</source>
        <translation>&amp;Booked</translation>
    </message>
    <message>
        <source>&amp;Opted out</source>
        <translation>&amp;Opted out</translation>
    </message>
    <message>
        <source>Call-back &amp;queue</source>
        <translation>Call-back &amp;queue</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Called back – reached</source>
        <translation>&amp;Called back – reached</translation>
    </message>
    <message>
        <source>Leads with no next step</source>
        <translation>Leads with no next step</translation>
    </message>
    <message>
        <source>Real leads (a missed call or a reply) that are not booked, lost or spam, not waiting in the call-back queue and not snoozed.</source>
        <translation>Real leads (a missed call or a reply) that are not booked, lost or spam, not waiting in the call-back queue and not snoozed.</translation>
    </message>
    <message>
        <source>Leads with no next step: %1</source>
        <translation>Leads with no next step: %1</translation>
    </message>
    <message>
        <source>Marked as called back.</source>
        <translation>Marked as called back.</translation>
    </message>
    <message>
        <source>&amp;Previous unread conversation</source>
        <translation>&amp;Previous unread conversation</translation>
    </message>
    <message>
        <source>Pre&amp;vious urgent conversation</source>
        <translation>Pre&amp;vious urgent conversation</translation>
    </message>
    <message>
        <source>Number can &amp;receive texts again</source>
        <extracomment>Conversation menu: the office says the number is not a landline after all.</extracomment>
        <translation>Number can &amp;receive texts again</translation>
    </message>
    <message>
        <source>%1 can receive texts again: automatic texts resume.</source>
        <translation>%1 can receive texts again: automatic texts resume.</translation>
    </message>
    <message>
        <source>Marked &quot;can&apos;t receive texts&quot; on %1 (%2). Choose this if the number can get texts after all.</source>
        <extracomment>Status tip of &quot;Number can receive texts again&quot;. %1: a date, %2: why, e.g. &quot;Twilio 30006: Landline or unreachable carrier&quot; or &quot;landline&quot;.</extracomment>
        <translation>Marked &quot;can&apos;t receive texts&quot; on %1 (%2). Choose this if the number can get texts after all.</translation>
    </message>
    <message>
        <source>Screened</source>
        <translation>Screened</translation>
    </message>
    <message>
        <source>Callers held as likely pocket dials or robocallers: not texted and not in the call-back queue. The reason is beside each call.</source>
        <translation>Callers held as likely pocket dials or robocallers: not texted and not in the call-back queue. The reason is beside each call.</translation>
    </message>
    <message>
        <source>Sc&amp;reened</source>
        <translation>Sc&amp;reened</translation>
    </message>
    <message>
        <source>Saving the opt-out ledger…</source>
        <translation>Saving the opt-out ledger…</translation>
    </message>
</context>
<context>
    <name>ringback::gui::MediaCache</name>
    <message>
        <source>The file is no longer on this computer (%1).</source>
        <translation>The file is no longer on this computer (%1).</translation>
    </message>
    <message>
        <source>It is %1, more than the %2 Ringback opens.</source>
        <translation>It is %1, more than the %2 Ringback opens.</translation>
    </message>
    <message>
        <source>It is not a picture Ringback can read (%1).</source>
        <translation>It is not a picture Ringback can read (%1).</translation>
    </message>
    <message>
        <source>Ringback cannot open this kind of address: %1</source>
        <translation>Ringback cannot open this kind of address: %1</translation>
    </message>
    <message>
        <source>Ringback fetches files only over a secure connection (https): %1</source>
        <translation>Ringback fetches files only over a secure connection (https): %1</translation>
    </message>
    <message>
        <source>It could not be downloaded: the server sent it elsewhere.</source>
        <translation>It could not be downloaded: the server sent it elsewhere.</translation>
    </message>
    <message>
        <source>It is more than the %1 Ringback opens.</source>
        <translation>It is more than the %1 Ringback opens.</translation>
    </message>
    <message>
        <source>The provider keeps it behind its sign-in (%1), and it was not downloaded when the message arrived.</source>
        <translation>The provider keeps it behind its sign-in (%1), and it was not downloaded when the message arrived.</translation>
    </message>
    <message>
        <source>It could not be downloaded: %1</source>
        <translation>It could not be downloaded: %1</translation>
    </message>
    <message>
        <source>It was downloaded but could not be kept on this computer (%1).</source>
        <translation>It was downloaded but could not be kept on this computer (%1).</translation>
    </message>
    <message>
        <source>The photo has not been loaded yet.</source>
        <translation>The photo has not been loaded yet.</translation>
    </message>
</context>
<context>
    <name>ringback::gui::NavigationPane</name>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n conversation(s)</source>
        <extracomment>Read by screen readers for a view with its count: &quot;Unread, 12 conversations&quot;.</extracomment>
        <translation>
            <numerusform>%1, %n conversation</numerusform>
            <numerusform>%1, %n conversations</numerusform>
        </translation>
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
    <name>ringback::gui::NumberImport</name>
    <message>
        <source>Row %1 opens a quote that is never closed.</source>
        <translation>Row %1 opens a quote that is never closed.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; nothing was imported.</source>
        <translation>The file is larger than %1 MB; nothing was imported.</translation>
    </message>
    <message>
        <source>The file is not a text (CSV) file; nothing was imported.</source>
        <translation>The file is not a text (CSV) file; nothing was imported.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it as &quot;CSV UTF-8&quot; and try again. Nothing was imported.</source>
        <translation>The file is not UTF-8 text; save it as &quot;CSV UTF-8&quot; and try again. Nothing was imported.</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 Nothing was imported.</translation>
    </message>
    <message>
        <source>The file has no rows; nothing was imported.</source>
        <translation>The file has no rows; nothing was imported.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The database is busy; nothing was imported. Try again.</source>
        <translation>The database is busy; nothing was imported. Try again.</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already listed</source>
        <translation>
            <numerusform>%n already listed</numerusform>
            <numerusform>%n already listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not phone numbers (rows %1)</source>
        <extracomment>%1 lists row numbers of the file, e.g. &quot;4, 9, 12&quot;.</extracomment>
        <translation>
            <numerusform>%n not a phone number (row %1)</numerusform>
            <numerusform>%n not phone numbers (rows %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ringback::gui::NumbersPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>Blocked numbers</source>
        <translation>Blocked numbers</translation>
    </message>
    <message>
        <source>Known contacts</source>
        <translation>Known contacts</translation>
    </message>
    <message>
        <source>Number list</source>
        <translation>Number list</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;List:</translation>
    </message>
    <message>
        <source>Numbers in the list</source>
        <translation>Numbers in the list</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Name or note</source>
        <translation>Name or note</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Number to add</source>
        <translation>Number to add</translation>
    </message>
    <message>
        <source>Name or note (optional)</source>
        <translation>Name or note (optional)</translation>
    </message>
    <message>
        <source>A CSV file with a number column and an optional name or note column; a header row is optional.</source>
        <translation>A CSV file with a number column and an optional name or note column; a header row is optional.</translation>
    </message>
    <message>
        <source>Blocked numbers never get a text. Known contacts (suppliers, family) get no automatic text. Changes here take effect at once.</source>
        <translation>Blocked numbers never get a text. Known contacts (suppliers, family) get no automatic text. Changes here take effect at once.</translation>
    </message>
    <message>
        <source>The number lists are available while Ringback runs.</source>
        <translation>The number lists are available while Ringback runs.</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 is already in the list.</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 added.</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 removed.</translation>
    </message>
    <message>
        <source>Import numbers</source>
        <translation>Import numbers</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
</context>
<context>
    <name>ringback::gui::OfficePage</name>
    <message>
        <source>&amp;Company name:</source>
        <translation>&amp;Company name:</translation>
    </message>
    <message>
        <source>How texts name your business: {company} in the templates.</source>
        <translation>How texts name your business: {company} in the templates.</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>&amp;Signed by:</translation>
    </message>
    <message>
        <source>Who signs the texts: {agent} in the templates. May be empty.</source>
        <translation>Who signs the texts: {agent} in the templates. May be empty.</translation>
    </message>
    <message>
        <source>Call-back &amp;promise:</source>
        <translation>Call-back &amp;promise:</translation>
    </message>
    <message>
        <source>When you promise to call back, e.g. &quot;within 30 minutes&quot;: {callback_window}.</source>
        <translation>When you promise to call back, e.g. &quot;within 30 minutes&quot;: {callback_window}.</translation>
    </message>
    <message>
        <source>Home &amp;region:</source>
        <translation>Home &amp;region:</translation>
    </message>
    <message>
        <source>Two-letter country code. Numbers typed without +country are read in it, and numbers outside it count as international.</source>
        <translation>Two-letter country code. Numbers typed without +country are read in it, and numbers outside it count as international.</translation>
    </message>
    <message>
        <source>Average &amp;job value:</source>
        <translation>Average &amp;job value:</translation>
    </message>
    <message>
        <source>What a booked job is worth on average; the dashboard multiplies recovered leads by it.</source>
        <translation>What a booked job is worth on average; the dashboard multiplies recovered leads by it.</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Your name:</translation>
    </message>
    <message>
        <source>Shown as &quot;handled by&quot; on the leads you work on this computer.</source>
        <translation>Shown as &quot;handled by&quot; on the leads you work on this computer.</translation>
    </message>
    <message>
        <source>Enter the company name: texts use it.</source>
        <translation>Enter the company name: texts use it.</translation>
    </message>
    <message>
        <source>The home region must be a two-letter country code such as US.</source>
        <translation>The home region must be a two-letter country code such as US.</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
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
    <name>ringback::gui::PhotoViewer</name>
    <message>
        <source>About this attachment</source>
        <translation>About this attachment</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <source>The attachment before this one (Left)</source>
        <translation>The attachment before this one (Left)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>The attachment after this one (Right)</source>
        <translation>The attachment after this one (Right)</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Save As…</translation>
    </message>
    <message>
        <source>Save a copy of the file as it was received (Ctrl+S)</source>
        <translation>Save a copy of the file as it was received (Ctrl+S)</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Attachment %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Couldn&apos;t load photo: %1</source>
        <translation>Couldn&apos;t load photo: %1</translation>
    </message>
    <message>
        <source>Couldn&apos;t load the file: %1</source>
        <translation>Couldn&apos;t load the file: %1</translation>
    </message>
    <message>
        <source>This is a %1 (%2, %3). Ringback shows photos only: save it to open it with another program.</source>
        <translation>This is a %1 (%2, %3). Ringback shows photos only: save it to open it with another program.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels · %3</source>
        <extracomment>Under a photo: its size in pixels and in bytes (&quot;1200 × 900 pixels · 240 KiB&quot;).</extracomment>
        <translation>%1 × %2 pixels · %3</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>attachment</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Save Attachment</translation>
    </message>
    <message>
        <source>%1 (*.%2);;All files (*)</source>
        <translation>%1 (*.%2);;All files (*)</translation>
    </message>
    <message>
        <source>Could not save it as %1: %2</source>
        <translation>Could not save it as %1: %2</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
</context>
<context>
    <name>ringback::gui::ProviderForm</name>
    <message>
        <source>%1 *</source>
        <extracomment>A settings form label; %1 is the field&apos;s name, * marks a required one.</extracomment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ringback::gui::ProviderPage</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>The phone and texting service Ringback works with.</source>
        <translation>The phone and texting service Ringback works with.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Checks the values in this form with the provider, without saving.</source>
        <translation>Checks the values in this form with the provider, without saving.</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Testing the connection</translation>
    </message>
    <message>
        <source>Success: %1</source>
        <extracomment>The result of &quot;Test connection&quot;; %1 says what worked or what is wrong.</extracomment>
        <translation>Success: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>No provider plugin is installed.</source>
        <translation>No provider plugin is installed.</translation>
    </message>
    <message>
        <source>Ringback will switch to %1 when you restart it.</source>
        <translation>Ringback will switch to %1 when you restart it.</translation>
    </message>
    <message>
        <source>The new %1 settings take effect when you restart Ringback.</source>
        <translation>The new %1 settings take effect when you restart Ringback.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <source>Opens the provider&apos;s sign-in page in your web browser and keeps the sign-in in the system keychain.</source>
        <translation>Opens the provider&apos;s sign-in page in your web browser and keeps the sign-in in the system keychain.</translation>
    </message>
    <message>
        <source>Provider settings</source>
        <translation>Provider settings</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Cancel sign-in</translation>
    </message>
    <message>
        <source>Sign in with %1…</source>
        <translation>Sign in with %1…</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Sign-in cancelled.</translation>
    </message>
    <message>
        <source>Finish the sign-in in your web browser…</source>
        <translation>Finish the sign-in in your web browser…</translation>
    </message>
</context>
<context>
    <name>ringback::gui::ProviderSignIn</name>
    <message>
        <source>Signed in, but the system keychain did not keep the sign-in: %1</source>
        <translation>Signed in, but the system keychain did not keep the sign-in: %1</translation>
    </message>
</context>
<context>
    <name>ringback::gui::QueueModel</name>
    <message numerus="yes">
        <source>waiting %n min</source>
        <translation>
            <numerusform>waiting %n min</numerusform>
            <numerusform>waiting %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n h</source>
        <extracomment>h: hours</extracomment>
        <translation>
            <numerusform>waiting %n h</numerusform>
            <numerusform>waiting %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n day(s)</source>
        <translation>
            <numerusform>waiting %n day</numerusform>
            <numerusform>waiting %n days</numerusform>
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
        <source>%1 (no answer)</source>
        <extracomment>Call-back attempts so far, then how the last one went.</extracomment>
        <translation>%1 (no answer)</translation>
    </message>
    <message>
        <source>%1 (left voicemail)</source>
        <translation>%1 (left voicemail)</translation>
    </message>
    <message>
        <source>%1 (reached)</source>
        <translation>%1 (reached)</translation>
    </message>
    <message numerus="yes">
        <source>%n call-back attempt(s)</source>
        <translation>
            <numerusform>%n call-back attempt</numerusform>
            <numerusform>%n call-back attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Attempts</source>
        <extracomment>Column: call-back attempts so far.</extracomment>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Last message</translation>
    </message>
</context>
<context>
    <name>ringback::gui::QueuePrint</name>
    <message>
        <source>#</source>
        <extracomment>Column of the printed queue: position in the queue.</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <source>Number</source>
        <extracomment>Column of the printed queue: the caller&apos;s phone number.</extracomment>
        <translation>Number</translation>
    </message>
    <message>
        <source>Print the call-back queue</source>
        <translation>Print the call-back queue</translation>
    </message>
</context>
<context>
    <name>ringback::gui::QueueView</name>
    <message>
        <source>Mark all done</source>
        <translation>Mark all done</translation>
    </message>
    <message>
        <source>Leads (a missed call or a reply) that are not waiting in the queue and have no outcome yet: not booked, not lost, not spam.</source>
        <translation>Leads (a missed call or a reply) that are not waiting in the queue and have no outcome yet: not booked, not lost, not spam.</translation>
    </message>
    <message>
        <source>Call-back queue</source>
        <translation>Call-back queue</translation>
    </message>
    <message>
        <source>Called back – &amp;reached</source>
        <translation>Called back – &amp;reached</translation>
    </message>
    <message>
        <source>Called back, reached the caller</source>
        <translation>Called back, reached the caller</translation>
    </message>
    <message>
        <source>&amp;No answer</source>
        <translation>&amp;No answer</translation>
    </message>
    <message>
        <source>Called, no answer</source>
        <translation>Called, no answer</translation>
    </message>
    <message>
        <source>Left &amp;voicemail</source>
        <translation>Left &amp;voicemail</translation>
    </message>
    <message>
        <source>Called, left a voicemail</source>
        <translation>Called, left a voicemail</translation>
    </message>
    <message>
        <source>&amp;Booked…</source>
        <translation>&amp;Booked…</translation>
    </message>
    <message>
        <source>Book a job</source>
        <translation>Book a job</translation>
    </message>
    <message>
        <source>No&amp;t a lead</source>
        <translation>No&amp;t a lead</translation>
    </message>
    <message>
        <source>Not a lead</source>
        <translation>Not a lead</translation>
    </message>
    <message>
        <source>S&amp;pam</source>
        <translation>S&amp;pam</translation>
    </message>
    <message>
        <source>Mark as spam</source>
        <translation>Mark as spam</translation>
    </message>
    <message>
        <source>Sn&amp;ooze until…</source>
        <translation>Sn&amp;ooze until…</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>Snooze until</translation>
    </message>
    <message>
        <source>Tomorrow at 8 AM</source>
        <translation>Tomorrow at 8 AM</translation>
    </message>
    <message>
        <source>Next Monday at 8 AM</source>
        <translation>Next Monday at 8 AM</translation>
    </message>
    <message>
        <source>Pick a date and time…</source>
        <translation>Pick a date and time…</translation>
    </message>
    <message>
        <source>&amp;Mark all done…</source>
        <translation>&amp;Mark all done…</translation>
    </message>
    <message>
        <source>Mark every caller as done</source>
        <translation>Mark every caller as done</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Pr&amp;int…</translation>
    </message>
    <message>
        <source>Print the queue</source>
        <translation>Print the queue</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>Export the queue as CSV</source>
        <translation>Export the queue as CSV</translation>
    </message>
    <message numerus="yes">
        <source>Call-back queue: %n waiting</source>
        <translation>
            <numerusform>Call-back queue: %n waiting</numerusform>
            <numerusform>Call-back queue: %n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Leads with no next step: %1</source>
        <translation>Leads with no next step: %1</translation>
    </message>
    <message>
        <source>Save the booking to a calendar file</source>
        <translation>Save the booking to a calendar file</translation>
    </message>
    <message>
        <source>booking.ics</source>
        <translation>booking.ics</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Mark all %n caller(s) in the queue as called back?</source>
        <translation>
            <numerusform>Mark the %n caller in the queue as called back?</numerusform>
            <numerusform>Mark all %n callers in the queue as called back?</numerusform>
        </translation>
    </message>
    <message>
        <source>Call-back queue, %1</source>
        <translation>Call-back queue, %1</translation>
    </message>
    <message>
        <source>Export the call-back queue</source>
        <translation>Export the call-back queue</translation>
    </message>
    <message>
        <source>callback-queue.csv</source>
        <translation>callback-queue.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
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
    <message>
        <source>Text length</source>
        <translation>Text length</translation>
    </message>
    <message>
        <source>Insert &amp;Template</source>
        <translation>Insert &amp;Template</translation>
    </message>
    <message>
        <source>Insert template</source>
        <translation>Insert template</translation>
    </message>
    <message>
        <source>Put one of your templates, filled in for this caller, where the cursor is</source>
        <translation>Put one of your templates, filled in for this caller, where the cursor is</translation>
    </message>
    <message>
        <source>No templates</source>
        <translation>No templates</translation>
    </message>
    <message>
        <source>This template cannot be filled in: %1</source>
        <translation>This template cannot be filled in: %1</translation>
    </message>
</context>
<context>
    <name>ringback::gui::RulesPage</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Text &amp;international numbers</source>
        <translation>Text &amp;international numbers</translation>
    </message>
    <message>
        <source>Add &quot;Reply STOP to opt out&quot; to the &amp;first text</source>
        <translation>Add &quot;Reply STOP to opt out&quot; to the &amp;first text</translation>
    </message>
    <message>
        <source>&amp;Quiet hours in the caller&apos;s time zone</source>
        <translation>&amp;Quiet hours in the caller&apos;s time zone</translation>
    </message>
    <message>
        <source>Text back after a call that was…</source>
        <translation>Text back after a call that was…</translation>
    </message>
    <message>
        <source>&amp;Not answered</source>
        <translation>&amp;Not answered</translation>
    </message>
    <message>
        <source>&amp;Busy</source>
        <translation>&amp;Busy</translation>
    </message>
    <message>
        <source>Sent to &amp;voicemail</source>
        <translation>Sent to &amp;voicemail</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Timing</translation>
    </message>
    <message>
        <source>Minimum &amp;ring:</source>
        <translation>Minimum &amp;ring:</translation>
    </message>
    <message>
        <source>Shorter calls are treated as pocket dials and get no text.</source>
        <translation>Shorter calls are treated as pocket dials and get no text.</translation>
    </message>
    <message>
        <source>Send &amp;delay:</source>
        <translation>Send &amp;delay:</translation>
    </message>
    <message>
        <source>Wait this long before texting; no text if you reach the caller first.</source>
        <translation>Wait this long before texting; no text if you reach the caller first.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>One text per caller every:</source>
        <translation>One text per caller every:</translation>
    </message>
    <message>
        <source>A caller who rings again within this time gets no second automatic text.</source>
        <translation>A caller who rings again within this time gets no second automatic text.</translation>
    </message>
    <message>
        <source>Conversation &amp;active for:</source>
        <translation>Conversation &amp;active for:</translation>
    </message>
    <message>
        <source>While you are texting with a caller, a new missed call sends no opener.</source>
        <translation>While you are texting with a caller, a new missed call sends no opener.</translation>
    </message>
    <message>
        <source>Max &amp;catch-up age:</source>
        <translation>Max &amp;catch-up age:</translation>
    </message>
    <message>
        <source>Missed calls older than this when Ringback sees them go to the call-back queue instead of getting a text.</source>
        <translation>Missed calls older than this when Ringback sees them go to the call-back queue instead of getting a text.</translation>
    </message>
    <message>
        <source>Who gets texts</source>
        <translation>Who gets texts</translation>
    </message>
    <message>
        <source>Off: callers from outside your home region get no automatic text.</source>
        <translation>Off: callers from outside your home region get no automatic text.</translation>
    </message>
    <message>
        <source>Every line of the office</source>
        <translation>Every line of the office</translation>
    </message>
    <message>
        <source>Only the line it was sent to</source>
        <translation>Only the line it was sent to</translation>
    </message>
    <message>
        <source>Which of your lines stop texting a caller who replied STOP.</source>
        <translation>Which of your lines stop texting a caller who replied STOP.</translation>
    </message>
    <message>
        <source>Only when the template has no opt-out wording of its own.</source>
        <translation>Only when the template has no opt-out wording of its own.</translation>
    </message>
    <message>
        <source>&amp;Spam after:</source>
        <translation>&amp;Spam after:</translation>
    </message>
    <message>
        <source>This many calls from one number that never texted back are held as spam; 0 turns it off.</source>
        <translation>This many calls from one number that never texted back are held as spam; 0 turns it off.</translation>
    </message>
    <message>
        <source>…&amp;within:</source>
        <translation>…&amp;within:</translation>
    </message>
    <message>
        <source>The time span in which those calls count.</source>
        <translation>The time span in which those calls count.</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Quiet hours</translation>
    </message>
    <message>
        <source>Texts wait until the window opens in the caller&apos;s own time zone.</source>
        <translation>Texts wait until the window opens in the caller&apos;s own time zone.</translation>
    </message>
    <message>
        <source>The earliest time a text may reach a caller.</source>
        <translation>The earliest time a text may reach a caller.</translation>
    </message>
    <message>
        <source>…&amp;until:</source>
        <translation>…&amp;until:</translation>
    </message>
    <message>
        <source>The latest time a text may reach a caller.</source>
        <translation>The latest time a text may reach a caller.</translation>
    </message>
    <message>
        <source>The texting window must start before it ends, e.g. 08:00 to 21:00.</source>
        <translation>The texting window must start before it ends, e.g. 08:00 to 21:00.</translation>
    </message>
    <message>
        <source>Text-back rules</source>
        <translation>Text-back rules</translation>
    </message>
    <message>
        <source>&amp;Hung up while ringing</source>
        <translation>&amp;Hung up while ringing</translation>
    </message>
    <message>
        <source>STOP a&amp;pplies to:</source>
        <translation>STOP a&amp;pplies to:</translation>
    </message>
    <message>
        <source>&amp;Texts allowed from:</source>
        <translation>&amp;Texts allowed from:</translation>
    </message>
    <message>
        <source>&amp;Look up the line type before the first text</source>
        <translation>&amp;Look up the line type before the first text</translation>
    </message>
    <message>
        <source>Landlines, toll-free and fixed VoIP numbers then get no text and go to the call-back queue. Your provider bills each lookup (Twilio Lookup); one per new number, remembered for 90 days.</source>
        <translation>Landlines, toll-free and fixed VoIP numbers then get no text and go to the call-back queue. Your provider bills each lookup (Twilio Lookup); one per new number, remembered for 90 days.</translation>
    </message>
    <message>
        <source>Which text is sent</source>
        <translation>Which text is sent</translation>
    </message>
    <message>
        <source>During business h&amp;ours:</source>
        <translation>During business h&amp;ours:</translation>
    </message>
    <message>
        <source>Aft&amp;er hours:</source>
        <translation>Aft&amp;er hours:</translation>
    </message>
    <message>
        <source>On holida&amp;ys:</source>
        <translation>On holida&amp;ys:</translation>
    </message>
    <message>
        <source>A trade&apos;s own text can replace the general one. Edit the texts in File › Templates…</source>
        <translation>A trade&apos;s own text can replace the general one. Edit the texts in File › Templates…</translation>
    </message>
    <message>
        <source>When the office is closed (Settings › Hours).</source>
        <translation>When the office is closed (Settings › Hours).</translation>
    </message>
    <message>
        <source>On the closures and holidays listed under Hours.</source>
        <translation>On the closures and holidays listed under Hours.</translation>
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
    <name>ringback::gui::SecretField</name>
    <message>
        <source>•••• saved in the keychain</source>
        <translation>•••• saved in the keychain</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Replace…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>%1: saved in the keychain</source>
        <translation>%1: saved in the keychain</translation>
    </message>
    <message>
        <source>Replace %1</source>
        <translation>Replace %1</translation>
    </message>
    <message>
        <source>Type a new value; the saved one stays until you apply.</source>
        <translation>Type a new value; the saved one stays until you apply.</translation>
    </message>
    <message>
        <source>Remove %1 from the keychain</source>
        <translation>Remove %1 from the keychain</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Show %1</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Show or hide what you typed</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>Hide %1</translation>
    </message>
    <message>
        <source>Removed from the keychain when you apply the settings.</source>
        <translation>Removed from the keychain when you apply the settings.</translation>
    </message>
    <message>
        <source>New value (empty keeps the saved one)</source>
        <translation>New value (empty keeps the saved one)</translation>
    </message>
</context>
<context>
    <name>ringback::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Settings pages</translation>
    </message>
    <message>
        <source>Settings status</source>
        <translation>Settings status</translation>
    </message>
    <message>
        <source>Not saved. %1: %2</source>
        <extracomment>%1 is a settings page (&quot;Hours&quot;), %2 what is wrong on it.</extracomment>
        <translation>Not saved. %1: %2</translation>
    </message>
    <message>
        <source>Not saved: %1 cannot be written.</source>
        <translation>Not saved: %1 cannot be written.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Settings saved, but not the secret: %1</source>
        <translation>Settings saved, but not the secret: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>ringback::gui::SnoozeDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>Snooze until</translation>
    </message>
    <message>
        <source>Hide from the queue until</source>
        <translation>Hide from the queue until</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Until:</translation>
    </message>
</context>
<context>
    <name>ringback::gui::TemplateCheck</name>
    <message>
        <source>1 segment</source>
        <translation>1 segment</translation>
    </message>
    <message numerus="yes">
        <source>%n segments</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>1 character left</source>
        <translation>1 character left</translation>
    </message>
    <message numerus="yes">
        <source>%n characters left</source>
        <translation>
            <numerusform>%n character left</numerusform>
            <numerusform>%n characters left</numerusform>
        </translation>
    </message>
    <message>
        <source>GSM-7 · %1 · %2</source>
        <extracomment>Length of a text message: encoding · &quot;1 segment&quot; · &quot;97 characters left&quot;.</extracomment>
        <translation>GSM-7 · %1 · %2</translation>
    </message>
    <message>
        <source>Unicode (UCS-2) because of “%1” · %2 · %3</source>
        <extracomment>%1 is the first character that GSM-7 cannot encode, e.g. a curly quote or an emoji.</extracomment>
        <translation>Unicode (UCS-2) because of “%1” · %2 · %3</translation>
    </message>
    <message>
        <source>The text is empty. Write what callers get, or restore the default.</source>
        <translation>The text is empty. Write what callers get, or restore the default.</translation>
    </message>
    <message>
        <source>No preview until the errors are fixed.</source>
        <translation>No preview until the errors are fixed.</translation>
    </message>
    <message>
        <source>“%1” is not in the GSM-7 alphabet, so the whole text is sent as Unicode: 70 characters per segment instead of 160. Replace it if you can (straight quotes &apos; and &quot; instead of curly ones).</source>
        <translation>“%1” is not in the GSM-7 alphabet, so the whole text is sent as Unicode: 70 characters per segment instead of 160. Replace it if you can (straight quotes &apos; and &quot; instead of curly ones).</translation>
    </message>
    <message>
        <source>business name</source>
        <translation>business name</translation>
    </message>
    <message>
        <source>who signs the text</source>
        <translation>who signs the text</translation>
    </message>
    <message>
        <source>caller&apos;s first name</source>
        <translation>caller&apos;s first name</translation>
    </message>
    <message>
        <source>when you call back</source>
        <translation>when you call back</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>opening hours</translation>
    </message>
    <message>
        <source>The office&apos;s business name, as set in the office settings.</source>
        <translation>The office&apos;s business name, as set in the office settings.</translation>
    </message>
    <message>
        <source>The name of the person who signs the texts. Left out when none is set.</source>
        <translation>The name of the person who signs the texts. Left out when none is set.</translation>
    </message>
    <message>
        <source>The caller&apos;s first name when you have saved it. Left out otherwise: &quot;Hi {first_name},&quot; becomes &quot;Hi,&quot;.</source>
        <translation>The caller&apos;s first name when you have saved it. Left out otherwise: &quot;Hi {first_name},&quot; becomes &quot;Hi,&quot;.</translation>
    </message>
    <message>
        <source>When the office calls back, such as &quot;within 30 minutes&quot;.</source>
        <translation>When the office calls back, such as &quot;within 30 minutes&quot;.</translation>
    </message>
    <message>
        <source>The office&apos;s opening hours, such as &quot;Mon-Fri 8am-5pm&quot;.</source>
        <translation>The office&apos;s opening hours, such as &quot;Mon-Fri 8am-5pm&quot;.</translation>
    </message>
</context>
<context>
    <name>ringback::gui::TemplateEditorDialog</name>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Template text: %1</source>
        <translation>Template text: %1</translation>
    </message>
    <message>
        <source>This template has no shipped default.</source>
        <translation>This template has no shipped default.</translation>
    </message>
    <message>
        <source>Replace the text with the shipped one:
%1</source>
        <translation>Replace the text with the shipped one:
%1</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Default: %1</translation>
    </message>
    <message>
        <source>customized</source>
        <extracomment>A template whose saved text differs from the shipped one.</extracomment>
        <translation>customized</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>unsaved changes</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>errors</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Template name, then marks such as &quot;customized, unsaved changes&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Can&apos;t save: fix the errors listed under Problems.</source>
        <translation>Can&apos;t save: fix the errors listed under Problems.</translation>
    </message>
    <message>
        <source>Can&apos;t save: “%1” has errors. Fix them or restore its default.</source>
        <translation>Can&apos;t save: “%1” has errors. Fix them or restore its default.</translation>
    </message>
    <message>
        <source>Save the changed templates</source>
        <translation>Save the changed templates</translation>
    </message>
    <message>
        <source>Could not save to %1. Check that the file can be written.</source>
        <translation>Could not save to %1. Check that the file can be written.</translation>
    </message>
    <message>
        <source>Unsaved templates</source>
        <translation>Unsaved templates</translation>
    </message>
    <message>
        <source>Save the changes to your templates before closing?</source>
        <translation>Save the changes to your templates before closing?</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Changed: %1</translation>
    </message>
    <message>
        <source>Sent after a missed call during business hours.</source>
        <translation>Sent after a missed call during business hours.</translation>
    </message>
    <message>
        <source>Sent after a missed call outside business hours.</source>
        <translation>Sent after a missed call outside business hours.</translation>
    </message>
    <message>
        <source>Sent after a missed call on a closure day, such as a holiday.</source>
        <translation>Sent after a missed call on a closure day, such as a holiday.</translation>
    </message>
    <message>
        <source>Not sent automatically with the current rules.</source>
        <translation>Not sent automatically with the current rules.</translation>
    </message>
    <message>
        <source>The automatic texts. Customized and unsaved ones say so.</source>
        <translation>The automatic texts. Customized and unsaved ones say so.</translation>
    </message>
    <message>
        <source>&amp;Templates:</source>
        <translation>&amp;Templates:</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Template text</translation>
    </message>
    <message>
        <source>The text sent to callers. Variables in braces, such as {company}, are filled in when it is sent. Tab moves on to the next control.</source>
        <translation>The text sent to callers. Variables in braces, such as {company}, are filled in when it is sent. Tab moves on to the next control.</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Insert &amp;variable</source>
        <translation>Insert &amp;variable</translation>
    </message>
    <message>
        <source>Insert variable</source>
        <translation>Insert variable</translation>
    </message>
    <message>
        <source>Insert a variable at the cursor</source>
        <translation>Insert a variable at the cursor</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Menu item: a template variable and what it stands for, e.g. &quot;{company} — business name&quot;.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Restore default</source>
        <translation>&amp;Restore default</translation>
    </message>
    <message>
        <source>Restore default</source>
        <translation>Restore default</translation>
    </message>
    <message>
        <source>Default text</source>
        <translation>Default text</translation>
    </message>
    <message>
        <source>Why the templates cannot be saved</source>
        <translation>Why the templates cannot be saved</translation>
    </message>
    <message>
        <source>Save templates</source>
        <translation>Save templates</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ringback::gui::TemplatePreview</name>
    <message>
        <source>&amp;Preview with sample values:</source>
        <translation>&amp;Preview with sample values:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>The text as a caller would get it, with sample values for the variables.</source>
        <translation>The text as a caller would get it, with sample values for the variables.</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Encoding, number of SMS segments and characters left in the last one.</source>
        <translation>Encoding, number of SMS segments and characters left in the last one.</translation>
    </message>
    <message>
        <source>Pr&amp;oblems:</source>
        <translation>Pr&amp;oblems:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Errors stop the template from being saved; warnings are advice. Press Enter on one to go to its place in the text.</source>
        <translation>Errors stop the template from being saved; warnings are advice. Press Enter on one to go to its place in the text.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <extracomment>A problem that stops a template from being saved.</extracomment>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <extracomment>Advice about a template; it can still be saved.</extracomment>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
</context>
<context>
    <name>ringback::gui::ThreadDelegate</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A file attached to a text: its type · its size (&quot;PDF document · 120 KiB&quot;).</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · couldn&apos;t load it: %2</source>
        <translation>%1 · couldn&apos;t load it: %2</translation>
    </message>
    <message>
        <source>Couldn&apos;t load photo</source>
        <translation>Couldn&apos;t load photo</translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation>Loading photo…</translation>
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
    <message>
        <source>the office</source>
        <extracomment>Who sent a photo, in &quot;Photo 1 of 2 from %3&quot; when the office sent it.</extracomment>
        <translation>the office</translation>
    </message>
    <message>
        <source>Photo %1 of %2 from %3</source>
        <extracomment>&quot;Photo 1 of 2 from (512) 555-0134&quot;: one of the attachments of a text.</extracomment>
        <translation>Photo %1 of %2 from %3</translation>
    </message>
    <message>
        <source>File %1 of %2 from %3 (%4)</source>
        <extracomment>&quot;File 2 of 2 from (512) 555-0134 (PDF document)&quot;.</extracomment>
        <translation>File %1 of %2 from %3 (%4)</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>unknown type</translation>
    </message>
    <message>
        <source>%1, couldn&apos;t load it: %2</source>
        <extracomment>An attachment that could not be shown: its name, then why.</extracomment>
        <translation>%1, couldn&apos;t load it: %2</translation>
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
    <message>
        <source>Ringback: %1 unread (%2 urgent)</source>
        <extracomment>Tray icon tooltip: &quot;Ringback: 3 unread (1 urgent)&quot;.</extracomment>
        <translation>Ringback: %1 unread (%2 urgent)</translation>
    </message>
    <message>
        <source>Ringback: %1 unread</source>
        <translation>Ringback: %1 unread</translation>
    </message>
</context>
<context>
    <name>ringback::gui::UrgencyPage</name>
    <message>
        <source>Urgency rules</source>
        <translation>Urgency rules</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>&amp;Add rule</translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation>&amp;Remove rule</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Restore &amp;defaults</translation>
    </message>
    <message>
        <source>A reply containing any phrase of a rule flags the conversation with the rule&apos;s severity and label. Separate phrases with commas; case, accents and punctuation don&apos;t matter.</source>
        <translation>A reply containing any phrase of a rule flags the conversation with the rule&apos;s severity and label. Separate phrases with commas; case, accents and punctuation don&apos;t matter.</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>Soon</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
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
    <name>ringback::oauth::AuthCodeFlow</name>
    <message>
        <source>The sign-in needs the app&apos;s Client ID and the provider&apos;s address.</source>
        <translation>The sign-in needs the app&apos;s Client ID and the provider&apos;s address.</translation>
    </message>
    <message>
        <source>The sign-in worked, but the token request did not reach the provider (%1).</source>
        <translation>The sign-in worked, but the token request did not reach the provider (%1).</translation>
    </message>
</context>
<context>
    <name>ringback::oauth::LoopbackRedirect</name>
    <message>
        <source>The sign-in was not completed in time. Start it again and finish it in the browser.</source>
        <translation>The sign-in was not completed in time. Start it again and finish it in the browser.</translation>
    </message>
    <message>
        <source>Cannot wait for the browser on 127.0.0.1 port %1: %2</source>
        <translation>Cannot wait for the browser on 127.0.0.1 port %1: %2</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>This request is too large.</source>
        <translation>This request is too large.</translation>
    </message>
    <message>
        <source>Ringback did not understand this request.</source>
        <translation>Ringback did not understand this request.</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Nothing here.</translation>
    </message>
    <message>
        <source>Ringback expects the browser to come back here.</source>
        <translation>Ringback expects the browser to come back here.</translation>
    </message>
    <message>
        <source>The browser came back with an answer that does not belong to this sign-in (its state does not match), so Ringback ignored it. Start the sign-in again.</source>
        <translation>The browser came back with an answer that does not belong to this sign-in (its state does not match), so Ringback ignored it. Start the sign-in again.</translation>
    </message>
    <message>
        <source>The sign-in was refused: %1</source>
        <extracomment>%1 is the reason the provider gave, e.g. &quot;access_denied&quot;</extracomment>
        <translation>The sign-in was refused: %1</translation>
    </message>
    <message>
        <source>The browser came back without an authorization code.</source>
        <translation>The browser came back without an authorization code.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Ringback has your sign-in. You can close this tab.</source>
        <translation>Ringback has your sign-in. You can close this tab.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <source>%1 You can close this tab.</source>
        <translation>%1 You can close this tab.</translation>
    </message>
</context>
<context>
    <name>ringback::provider::ConnectionTests</name>
    <message>
        <source>Cannot reach %1 at %2 (%3). Check the internet connection and the API address.</source>
        <translation>Cannot reach %1 at %2 (%3). Check the internet connection and the API address.</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2). Try again in a minute.</source>
        <translation>%1 did not answer in time (%2). Try again in a minute.</translation>
    </message>
    <message>
        <source>%1 sent an answer too large to be real (%2). Check the API address.</source>
        <translation>%1 sent an answer too large to be real (%2). Check the API address.</translation>
    </message>
    <message>
        <source>The connection to %1 broke (%2). Try again in a minute.</source>
        <translation>The connection to %1 broke (%2). Try again in a minute.</translation>
    </message>
    <message>
        <source>%1 asked Ringback to slow down (429). Try again in a minute.</source>
        <translation>%1 asked Ringback to slow down (429). Try again in a minute.</translation>
    </message>
    <message>
        <source>%1 is having trouble (HTTP %2). Try again later.</source>
        <translation>%1 is having trouble (HTTP %2). Try again later.</translation>
    </message>
    <message>
        <source>%1 sent an answer Ringback cannot read (%2).</source>
        <translation>%1 sent an answer Ringback cannot read (%2).</translation>
    </message>
</context>
<context>
    <name>ringback::provider::Json</name>
    <message>
        <source>no &quot;%1&quot; list</source>
        <translation>no &quot;%1&quot; list</translation>
    </message>
    <message>
        <source>no &quot;%1&quot; object</source>
        <translation>no &quot;%1&quot; object</translation>
    </message>
</context>
<context>
    <name>ringback::provider::ProblemWords</name>
    <message>
        <source>Cannot reach %1 while %2: %3</source>
        <translation>Cannot reach %1 while %2: %3</translation>
    </message>
    <message>
        <source>%1 asked Ringback to slow down (429) while %2</source>
        <translation>%1 asked Ringback to slow down (429) while %2</translation>
    </message>
    <message>
        <source>%1 is having trouble (HTTP %2) while %3</source>
        <translation>%1 is having trouble (HTTP %2) while %3</translation>
    </message>
    <message>
        <source>%1 refused %2 (HTTP %3%4: %5)</source>
        <translation>%1 refused %2 (HTTP %3%4: %5)</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>no details</translation>
    </message>
    <message>
        <source>%1 sent an answer Ringback cannot read while %2 (%3)</source>
        <translation>%1 sent an answer Ringback cannot read while %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ringback::provider::SenderBase</name>
    <message>
        <source>the last attempt never reached %1</source>
        <translation>the last attempt never reached %1</translation>
    </message>
    <message>
        <source>the time of the first attempt is unknown</source>
        <translation>the time of the first attempt is unknown</translation>
    </message>
    <message>
        <source>no answer from %1 (%2); checking before any resend</source>
        <translation>no answer from %1 (%2); checking before any resend</translation>
    </message>
    <message>
        <source>could not connect to %1 (%2); the message did not leave this computer</source>
        <translation>could not connect to %1 (%2); the message did not leave this computer</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Cannot reach %1: %2</translation>
    </message>
    <message>
        <source>%1 accepted the message but its answer could not be read; checking before any resend</source>
        <translation>%1 accepted the message but its answer could not be read; checking before any resend</translation>
    </message>
    <message>
        <source>%1 accepted the message but its answer could not be read (%2); checking before any resend</source>
        <translation>%1 accepted the message but its answer could not be read (%2); checking before any resend</translation>
    </message>
    <message>
        <source>; checking before any resend</source>
        <translation>; checking before any resend</translation>
    </message>
    <message>
        <source>checking a message&apos;s delivery</source>
        <translation>checking a message&apos;s delivery</translation>
    </message>
</context>
<context>
    <name>ringback::provider::SettingsReader</name>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be between 1 and %2.</source>
        <translation>&quot;%1&quot; must be between 1 and %2.</translation>
    </message>
</context>
<context>
    <name>ringback::quo::CallAndMessageWatcher</name>
    <message>
        <source>listing conversations</source>
        <translation>listing conversations</translation>
    </message>
    <message>
        <source>listing calls</source>
        <translation>listing calls</translation>
    </message>
    <message>
        <source>listing messages</source>
        <translation>listing messages</translation>
    </message>
</context>
<context>
    <name>ringback::quo::QuoPoller</name>
    <message>
        <source>Checking the Quo workspace…</source>
        <translation>Checking the Quo workspace…</translation>
    </message>
    <message>
        <source>Connected to Quo (%1); checking every %2 s</source>
        <translation>Connected to Quo (%1); checking every %2 s</translation>
    </message>
    <message>
        <source>Connected to Quo (%1); receiving webhooks at %2 and checking every %3 s</source>
        <translation>Connected to Quo (%1); receiving webhooks at %2 and checking every %3 s</translation>
    </message>
</context>
<context>
    <name>ringback::quo::QuoSender</name>
    <message>
        <source>Quo refused the API key (401)</source>
        <translation>Quo refused the API key (401)</translation>
    </message>
    <message>
        <source>looking for an interrupted message</source>
        <translation>looking for an interrupted message</translation>
    </message>
    <message>
        <source>too many messages to look through</source>
        <translation>too many messages to look through</translation>
    </message>
    <message>
        <source>Quo has no such message</source>
        <translation>Quo has no such message</translation>
    </message>
    <message>
        <source>Quo: %1 (the number may have opted out or cannot receive texts)</source>
        <translation>Quo: %1 (the number may have opted out or cannot receive texts)</translation>
    </message>
</context>
<context>
    <name>ringback::ringcentral::Sender</name>
    <message>
        <source>sending a text</source>
        <translation>sending a text</translation>
    </message>
    <message>
        <source>RingCentral refused the app&apos;s token twice (401)</source>
        <translation>RingCentral refused the app&apos;s token twice (401)</translation>
    </message>
    <message>
        <source>looking for an interrupted message</source>
        <translation>looking for an interrupted message</translation>
    </message>
    <message>
        <source>RingCentral has no such message</source>
        <translation>RingCentral has no such message</translation>
    </message>
</context>
<context>
    <name>ringback::ringcentral::Stream</name>
    <message>
        <source>RingCentral&apos;s WebSocket did not finish the handshake in time</source>
        <translation>RingCentral&apos;s WebSocket did not finish the handshake in time</translation>
    </message>
    <message>
        <source>RingCentral closed the WebSocket (%1)</source>
        <translation>RingCentral closed the WebSocket (%1)</translation>
    </message>
    <message>
        <source>WebSocket error: %1</source>
        <translation>WebSocket error: %1</translation>
    </message>
    <message>
        <source>Connecting to RingCentral…</source>
        <translation>Connecting to RingCentral…</translation>
    </message>
    <message>
        <source>opening live updates</source>
        <translation>opening live updates</translation>
    </message>
    <message>
        <source>RingCentral named a WebSocket address Ringback will not use (%1)</source>
        <translation>RingCentral named a WebSocket address Ringback will not use (%1)</translation>
    </message>
    <message>
        <source>RingCentral&apos;s WebSocket reported %1</source>
        <translation>RingCentral&apos;s WebSocket reported %1</translation>
    </message>
    <message>
        <source>subscribing to calls and texts</source>
        <translation>subscribing to calls and texts</translation>
    </message>
    <message>
        <source>RingCentral stopped answering on the WebSocket</source>
        <translation>RingCentral stopped answering on the WebSocket</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting to RingCentral in %n second(s) (request limit)</source>
        <translation>
            <numerusform>Reconnecting to RingCentral in %n second (request limit)</numerusform>
            <numerusform>Reconnecting to RingCentral in %n seconds (request limit)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ringback::ringcentral::Sync</name>
    <message>
        <source>syncing the call log</source>
        <translation>syncing the call log</translation>
    </message>
    <message>
        <source>syncing texts</source>
        <translation>syncing texts</translation>
    </message>
</context>
<context>
    <name>ringback::telnyx::TelnyxSender</name>
    <message>
        <source>sending a message</source>
        <translation>sending a message</translation>
    </message>
    <message>
        <source>Telnyx reported the message by webhook</source>
        <translation>Telnyx reported the message by webhook</translation>
    </message>
    <message>
        <source>looking for an interrupted message</source>
        <translation>looking for an interrupted message</translation>
    </message>
    <message>
        <source>Telnyx sent an answer Ringback cannot read (%1)</source>
        <translation>Telnyx sent an answer Ringback cannot read (%1)</translation>
    </message>
    <message>
        <source>found in Telnyx&apos;s message records</source>
        <translation>found in Telnyx&apos;s message records</translation>
    </message>
    <message>
        <source>Telnyx has no record of it yet, and it cannot look a message up by its text</source>
        <translation>Telnyx has no record of it yet, and it cannot look a message up by its text</translation>
    </message>
    <message>
        <source>Telnyx has %1 messages to this number since then and cannot tell which one it is</source>
        <translation>Telnyx has %1 messages to this number since then and cannot tell which one it is</translation>
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
        <source>Twilio refused the Account SID or Auth Token (401)</source>
        <translation>Twilio refused the Account SID or Auth Token (401)</translation>
    </message>
    <message>
        <source>looking for an interrupted message</source>
        <translation>looking for an interrupted message</translation>
    </message>
    <message>
        <source>Twilio has no such message</source>
        <translation>Twilio has no such message</translation>
    </message>
</context>
<context>
    <name>ringback::webhook::WebhookServer</name>
    <message>
        <source>&quot;%1&quot; is not a listen address: use host:port, for example 127.0.0.1:8787</source>
        <extracomment>%1 is what the user typed for the webhook listen address</extracomment>
        <translation>&quot;%1&quot; is not a listen address: use host:port, for example 127.0.0.1:8787</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address: use 127.0.0.1 (this computer only) or 0.0.0.0 (all networks)</source>
        <extracomment>%1 is the host part of the webhook listen address</extracomment>
        <translation>&quot;%1&quot; is not an IP address: use 127.0.0.1 (this computer only) or 0.0.0.0 (all networks)</translation>
    </message>
    <message>
        <source>Cannot receive webhooks on %1: %2</source>
        <extracomment>%1 is the webhook listen address (host:port), %2 the system&apos;s reason</extracomment>
        <translation>Cannot receive webhooks on %1: %2</translation>
    </message>
</context>
</TS>
