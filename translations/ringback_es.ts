<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
        <translation>Quo, antes OpenPhone (API pública v1), por consulta periódica: las llamadas perdidas y las respuestas salen de las conversaciones del número del negocio; los mensajes de texto se envían por la API de mensajes. Opcionalmente, los webhooks firmados de Quo los traen al momento (entonces Quo debe poder llegar a esta computadora); la consulta periódica recupera igual lo que se haya perdido.</translation>
    </message>
    <message>
        <source>API key</source>
        <comment>openphone</comment>
        <extracomment>Label of the setting &quot;api_key&quot;</extracomment>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Quo → Settings → API → Generate API key (workspace owner or admin). Paste the key alone, without &quot;Bearer&quot;. Kept in the keychain; headless: RINGBACK_OPENPHONE_API_KEY.</source>
        <comment>openphone</comment>
        <extracomment>Help under the setting &quot;api_key&quot;</extracomment>
        <translation>En Quo: Settings → API → Generate API key (propietario o administrador del espacio de trabajo). Pegue solo la clave, sin &quot;Bearer&quot;. Se guarda en el llavero del sistema; sin ventana: RINGBACK_OPENPHONE_API_KEY.</translation>
    </message>
    <message>
        <source>Business number</source>
        <comment>openphone</comment>
        <extracomment>Label of the setting &quot;phone_number&quot;</extracomment>
        <translation>Número del negocio</translation>
    </message>
    <message>
        <source>Your Quo number that callers dial and texts come from, e.g. +15125550100. It must be a number of the API key&apos;s workspace.</source>
        <comment>openphone</comment>
        <extracomment>Help under the setting &quot;phone_number&quot;</extracomment>
        <translation>Su número de Quo, al que llaman los clientes y desde el que salen los mensajes de texto, p. ej. +15125550100. Debe ser un número del espacio de trabajo de la clave de API.</translation>
    </message>
    <message>
        <source>API address</source>
        <comment>openphone</comment>
        <extracomment>Label of the setting &quot;api_base_url&quot;</extracomment>
        <translation>Dirección de la API</translation>
    </message>
    <message>
        <source>Leave as is. Change only for a proxy (https) or a test server on this computer.</source>
        <comment>openphone</comment>
        <extracomment>Help under the setting &quot;api_base_url&quot;</extracomment>
        <translation>Déjela como está. Cámbiela solo para un proxy (https) o un servidor de prueba en esta computadora.</translation>
    </message>
    <message>
        <source>Check every (seconds)</source>
        <comment>openphone</comment>
        <extracomment>Label of the setting &quot;poll_interval_seconds&quot;</extracomment>
        <translation>Revisar cada (segundos)</translation>
    </message>
    <message>
        <source>How often Ringback asks Quo for new calls and texts. Each check costs one request per recent conversation, within Quo&apos;s limit of 10 requests a second. With webhooks on, a longer interval (e.g. 300) is enough.</source>
        <comment>openphone</comment>
        <extracomment>Help under the setting &quot;poll_interval_seconds&quot;</extracomment>
        <translation>Cada cuánto Ringback le pide a Quo las llamadas y los mensajes nuevos. Cada revisión cuesta una solicitud por conversación reciente, dentro del límite de Quo de 10 solicitudes por segundo. Con los webhooks activados basta un intervalo más largo (p. ej. 300).</translation>
    </message>
    <message>
        <source>Webhook signing key</source>
        <comment>openphone</comment>
        <extracomment>Label of the setting &quot;webhook_signing_key&quot;</extracomment>
        <translation>Clave de firma de los webhooks</translation>
    </message>
    <message>
        <source>Optional, for webhooks: the signing key of the webhook you created in Quo (the &quot;key&quot; when created through Quo&apos;s API); for two webhooks, both keys separated by a space. Ringback refuses any webhook not signed with one of them. Kept in the keychain; headless: RINGBACK_OPENPHONE_WEBHOOK_SIGNING_KEY.</source>
        <comment>openphone</comment>
        <extracomment>Help under the setting &quot;webhook_signing_key&quot;</extracomment>
        <translation>Opcional, para los webhooks: la clave de firma del webhook que creó en Quo (la &quot;key&quot; si lo creó con la API de Quo); para dos webhooks, las dos claves separadas por un espacio. Ringback rechaza todo webhook que no esté firmado con una de ellas. Se guarda en el llavero del sistema; sin ventana: RINGBACK_OPENPHONE_WEBHOOK_SIGNING_KEY.</translation>
    </message>
    <message>
        <source>Receive webhooks on</source>
        <comment>openphone</comment>
        <extracomment>Label of the setting &quot;webhook_listen&quot;</extracomment>
        <translation>Recibir webhooks en</translation>
    </message>
    <message>
        <source>Used with webhooks only. Address and port on this computer, e.g. 127.0.0.1:8787 behind a tunnel, or 0.0.0.0:8787 behind a forwarded port.</source>
        <comment>openphone</comment>
        <extracomment>Help under the setting &quot;webhook_listen&quot;</extracomment>
        <translation>Solo se usa con webhooks. Dirección y puerto en esta computadora, p. ej. 127.0.0.1:8787 detrás de un túnel, o 0.0.0.0:8787 detrás de un puerto redirigido.</translation>
    </message>
    <message>
        <source>Public webhook address</source>
        <comment>openphone</comment>
        <extracomment>Label of the setting &quot;webhook_public_url&quot;</extracomment>
        <translation>Dirección pública de los webhooks</translation>
    </message>
    <message>
        <source>Optional, for webhooks: the https address at which Quo reaches this computer, e.g. https://office.example.com. Enter it + /webhooks/openphone as the webhook URL in Quo. Leave empty to only poll.</source>
        <comment>openphone</comment>
        <extracomment>Help under the setting &quot;webhook_public_url&quot;</extracomment>
        <translation>Opcional, para los webhooks: la dirección https por la que Quo llega a esta computadora, p. ej. https://office.example.com. Escríbala seguida de /webhooks/openphone como URL del webhook en Quo. Déjela vacía para usar solo la consulta periódica.</translation>
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
        <translation>RingCentral (API de la plataforma /restapi/v1.0): las llamadas perdidas y los mensajes de texto llegan al momento por un WebSocket, y una sincronización del registro de llamadas y de mensajes recupera lo perdido tras cualquier corte; los mensajes salen de su número de RingCentral.</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <comment>ringcentral</comment>
        <extracomment>Label of the setting &quot;auth_mode&quot;</extracomment>
        <translation>Método de inicio de sesión</translation>
    </message>
    <message>
        <source>jwt: a private JWT app with a JWT credential. pkce: a public app; click “Sign in with RingCentral…” below once and sign in in the browser.</source>
        <comment>ringcentral</comment>
        <extracomment>Help under the setting &quot;auth_mode&quot;</extracomment>
        <translation>jwt: una app privada con una credencial JWT. pkce: una app pública; haga clic una vez en “Iniciar sesión con RingCentral…”, más abajo, e inicie sesión en el navegador.</translation>
    </message>
    <message>
        <source>jwt</source>
        <comment>ringcentral</comment>
        <extracomment>A choice of the setting &quot;auth_mode&quot;</extracomment>
        <translation>jwt (app privada)</translation>
    </message>
    <message>
        <source>pkce</source>
        <comment>ringcentral</comment>
        <extracomment>A choice of the setting &quot;auth_mode&quot;</extracomment>
        <translation>pkce (app pública, en el navegador)</translation>
    </message>
    <message>
        <source>Client ID</source>
        <comment>ringcentral</comment>
        <extracomment>Label of the setting &quot;client_id&quot;</extracomment>
        <translation>ID de cliente (Client ID)</translation>
    </message>
    <message>
        <source>Of your RingCentral app: Developer Console → Apps → your app → Credentials.</source>
        <comment>ringcentral</comment>
        <extracomment>Help under the setting &quot;client_id&quot;</extracomment>
        <translation>El de su app de RingCentral: Developer Console → Apps → su app → Credentials.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <comment>ringcentral</comment>
        <extracomment>Label of the setting &quot;client_secret&quot;</extracomment>
        <translation>Secreto de cliente (Client secret)</translation>
    </message>
    <message>
        <source>Same page as the Client ID. Needed for jwt; a public app (pkce) has none. Kept in the keychain; headless: RINGBACK_RINGCENTRAL_CLIENT_SECRET.</source>
        <comment>ringcentral</comment>
        <extracomment>Help under the setting &quot;client_secret&quot;</extracomment>
        <translation>En la misma página que el ID de cliente. Hace falta para jwt; una app pública (pkce) no tiene. Se guarda en el llavero del sistema; sin ventana: RINGBACK_RINGCENTRAL_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>JWT credential</source>
        <comment>ringcentral</comment>
        <extracomment>Label of the setting &quot;jwt&quot;</extracomment>
        <translation>Credencial JWT</translation>
    </message>
    <message>
        <source>For jwt: Developer Console → Credentials → Create JWT, for the user whose calls and texts Ringback handles. Kept in the keychain; headless: RINGBACK_RINGCENTRAL_JWT.</source>
        <comment>ringcentral</comment>
        <extracomment>Help under the setting &quot;jwt&quot;</extracomment>
        <translation>Para jwt: Developer Console → Credentials → Create JWT, para el usuario cuyas llamadas y mensajes atiende Ringback. Se guarda en el llavero del sistema; sin ventana: RINGBACK_RINGCENTRAL_JWT.</translation>
    </message>
    <message>
        <source>Sign-in (refresh token)</source>
        <comment>ringcentral</comment>
        <extracomment>Label of the setting &quot;refresh_token&quot;</extracomment>
        <translation>Inicio de sesión (token de actualización)</translation>
    </message>
    <message>
        <source>For pkce: saved by “Sign in with RingCentral…”; RingCentral replaces it at each use and Ringback keeps the new one. Kept in the keychain; headless: RINGBACK_RINGCENTRAL_REFRESH_TOKEN.</source>
        <comment>ringcentral</comment>
        <extracomment>Help under the setting &quot;refresh_token&quot;</extracomment>
        <translation>Para pkce: lo guarda “Iniciar sesión con RingCentral…”; RingCentral lo cambia cada vez que se usa y Ringback guarda el nuevo. Se guarda en el llavero del sistema; sin ventana: RINGBACK_RINGCENTRAL_REFRESH_TOKEN.</translation>
    </message>
    <message>
        <source>Sign-in port</source>
        <comment>ringcentral</comment>
        <extracomment>Label of the setting &quot;redirect_port&quot;</extracomment>
        <translation>Puerto de inicio de sesión</translation>
    </message>
    <message>
        <source>For pkce: the browser comes back to http://127.0.0.1:PORT/callback; register exactly that address with your app. 0: any free port (only if RingCentral accepts any port).</source>
        <comment>ringcentral</comment>
        <extracomment>Help under the setting &quot;redirect_port&quot;</extracomment>
        <translation>Para pkce: el navegador regresa a http://127.0.0.1:PORT/callback; registre exactamente esa dirección en su aplicación. 0: cualquier puerto libre (solo si RingCentral acepta cualquier puerto).</translation>
    </message>
    <message>
        <source>Business number</source>
        <comment>ringcentral</comment>
        <extracomment>Label of the setting &quot;phone_number&quot;</extracomment>
        <translation>Número del negocio</translation>
    </message>
    <message>
        <source>The RingCentral number of that user that callers dial and texts come from (SMS-enabled), e.g. +15125550100.</source>
        <comment>ringcentral</comment>
        <extracomment>Help under the setting &quot;phone_number&quot;</extracomment>
        <translation>El número de RingCentral de ese usuario, al que llaman los clientes y desde el que salen los mensajes de texto (con SMS activado), p. ej. +15125550100.</translation>
    </message>
    <message>
        <source>API address</source>
        <comment>ringcentral</comment>
        <extracomment>Label of the setting &quot;api_base_url&quot;</extracomment>
        <translation>Dirección de la API</translation>
    </message>
    <message>
        <source>Leave as is. Change only for a proxy (https) or a test server on this computer.</source>
        <comment>ringcentral</comment>
        <extracomment>Help under the setting &quot;api_base_url&quot;</extracomment>
        <translation>Déjela como está. Cámbiela solo para un proxy (https) o un servidor de prueba en esta computadora.</translation>
    </message>
    <message>
        <source>Keep-alive after (seconds)</source>
        <comment>ringcentral</comment>
        <extracomment>Label of the setting &quot;keepalive_seconds&quot;</extracomment>
        <translation>Comprobar la conexión tras (segundos)</translation>
    </message>
    <message>
        <source>After this long without a word from RingCentral, Ringback checks the live connection and reconnects if it is gone.</source>
        <comment>ringcentral</comment>
        <extracomment>Help under the setting &quot;keepalive_seconds&quot;</extracomment>
        <translation>Si RingCentral pasa este tiempo sin decir nada, Ringback comprueba la conexión en vivo y vuelve a conectarse si se cortó.</translation>
    </message>
    <message>
        <source>Simulator</source>
        <comment>simulator</comment>
        <extracomment>The provider&apos;s name</extracomment>
        <translation>Simulador</translation>
    </message>
    <message>
        <source>A built-in pretend phone line with realistic contractor traffic. No account needed.</source>
        <comment>simulator</comment>
        <extracomment>The provider&apos;s description</extracomment>
        <translation>Una línea telefónica de prueba incluida, con llamadas realistas de clientes de un contratista. No necesita cuenta.</translation>
    </message>
    <message>
        <source>Business line</source>
        <comment>simulator</comment>
        <extracomment>Label of the setting &quot;phone_number&quot;</extracomment>
        <translation>Línea del negocio</translation>
    </message>
    <message>
        <source>The number the simulated callers dial.</source>
        <comment>simulator</comment>
        <extracomment>Help under the setting &quot;phone_number&quot;</extracomment>
        <translation>El número al que llaman los clientes simulados.</translation>
    </message>
    <message>
        <source>Calls per minute</source>
        <comment>simulator</comment>
        <extracomment>Label of the setting &quot;calls_per_minute&quot;</extracomment>
        <translation>Llamadas por minuto</translation>
    </message>
    <message>
        <source>Average rate of simulated calls; 0 stops them (injected events still work).</source>
        <comment>simulator</comment>
        <extracomment>Help under the setting &quot;calls_per_minute&quot;</extracomment>
        <translation>Promedio de llamadas simuladas; 0 las detiene (los eventos inyectados siguen funcionando).</translation>
    </message>
    <message>
        <source>Share of calls missed</source>
        <comment>simulator</comment>
        <extracomment>Label of the setting &quot;missed_ratio&quot;</extracomment>
        <translation>Proporción de llamadas perdidas</translation>
    </message>
    <message>
        <source>0 = every call answered, 1 = every call missed.</source>
        <comment>simulator</comment>
        <extracomment>Help under the setting &quot;missed_ratio&quot;</extracomment>
        <translation>0 = se contestan todas las llamadas, 1 = se pierden todas.</translation>
    </message>
    <message>
        <source>Reply probability</source>
        <comment>simulator</comment>
        <extracomment>Label of the setting &quot;reply_probability&quot;</extracomment>
        <translation>Probabilidad de respuesta</translation>
    </message>
    <message>
        <source>Chance that a texted caller writes back.</source>
        <comment>simulator</comment>
        <extracomment>Help under the setting &quot;reply_probability&quot;</extracomment>
        <translation>Probabilidad de que un cliente que recibió un mensaje conteste.</translation>
    </message>
    <message>
        <source>Reply delay (seconds)</source>
        <comment>simulator</comment>
        <extracomment>Label of the setting &quot;reply_delay_seconds&quot;</extracomment>
        <translation>Demora de la respuesta (segundos)</translation>
    </message>
    <message>
        <source>How long a simulated caller takes to reply.</source>
        <comment>simulator</comment>
        <extracomment>Help under the setting &quot;reply_delay_seconds&quot;</extracomment>
        <translation>Cuánto tarda un cliente simulado en contestar.</translation>
    </message>
    <message>
        <source>Random seed</source>
        <comment>simulator</comment>
        <extracomment>Label of the setting &quot;seed&quot;</extracomment>
        <translation>Semilla aleatoria</translation>
    </message>
    <message>
        <source>Same seed, same traffic. 0 picks a new seed each run.</source>
        <comment>simulator</comment>
        <extracomment>Help under the setting &quot;seed&quot;</extracomment>
        <translation>Misma semilla, mismas llamadas. Con 0 se elige una semilla nueva cada vez.</translation>
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
        <translation>API v2 de Telnyx (Messaging y Call Control). Los mensajes de texto salen por la API; las llamadas perdidas, las respuestas y los avisos de entrega llegan como webhooks firmados, así que Telnyx debe poder llegar a esta computadora (un túnel o una dirección https redirigida).</translation>
    </message>
    <message>
        <source>API key</source>
        <comment>telnyx</comment>
        <extracomment>Label of the setting &quot;api_key&quot;</extracomment>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Mission Control → API Keys (starts with KEY). Kept in the keychain; headless: RINGBACK_TELNYX_API_KEY.</source>
        <comment>telnyx</comment>
        <extracomment>Help under the setting &quot;api_key&quot;</extracomment>
        <translation>Mission Control → API Keys (empieza por KEY). Se guarda en el llavero del sistema; sin ventana: RINGBACK_TELNYX_API_KEY.</translation>
    </message>
    <message>
        <source>Business number</source>
        <comment>telnyx</comment>
        <extracomment>Label of the setting &quot;phone_number&quot;</extracomment>
        <translation>Número del negocio</translation>
    </message>
    <message>
        <source>Your Telnyx number that callers dial and texts come from, e.g. +15125550100.</source>
        <comment>telnyx</comment>
        <extracomment>Help under the setting &quot;phone_number&quot;</extracomment>
        <translation>Su número de Telnyx, al que llaman los clientes y desde el que salen los mensajes de texto, p. ej. +15125550100.</translation>
    </message>
    <message>
        <source>Messaging profile ID</source>
        <comment>telnyx</comment>
        <extracomment>Label of the setting &quot;messaging_profile_id&quot;</extracomment>
        <translation>ID del perfil de mensajería</translation>
    </message>
    <message>
        <source>Optional. The messaging profile the number belongs to (Mission Control → Messaging).</source>
        <comment>telnyx</comment>
        <extracomment>Help under the setting &quot;messaging_profile_id&quot;</extracomment>
        <translation>Opcional. El perfil de mensajería al que pertenece el número (Mission Control → Messaging).</translation>
    </message>
    <message>
        <source>Webhook public key</source>
        <comment>telnyx</comment>
        <extracomment>Label of the setting &quot;public_key&quot;</extracomment>
        <translation>Clave pública de los webhooks</translation>
    </message>
    <message>
        <source>Mission Control → Keys &amp; Credentials → Public Key (Base64). Ringback refuses any webhook not signed with it.</source>
        <comment>telnyx</comment>
        <extracomment>Help under the setting &quot;public_key&quot;</extracomment>
        <translation>Mission Control → Keys &amp; Credentials → Public Key (Base64). Ringback rechaza todo webhook que no esté firmado con ella.</translation>
    </message>
    <message>
        <source>Receive webhooks on</source>
        <comment>telnyx</comment>
        <extracomment>Label of the setting &quot;webhook_listen&quot;</extracomment>
        <translation>Recibir webhooks en</translation>
    </message>
    <message>
        <source>Address and port on this computer, e.g. 127.0.0.1:8787 behind a tunnel, or 0.0.0.0:8787 behind a forwarded port.</source>
        <comment>telnyx</comment>
        <extracomment>Help under the setting &quot;webhook_listen&quot;</extracomment>
        <translation>Dirección y puerto en esta computadora, p. ej. 127.0.0.1:8787 detrás de un túnel, o 0.0.0.0:8787 detrás de un puerto redirigido.</translation>
    </message>
    <message>
        <source>Public webhook address</source>
        <comment>telnyx</comment>
        <extracomment>Label of the setting &quot;webhook_public_url&quot;</extracomment>
        <translation>Dirección pública de los webhooks</translation>
    </message>
    <message>
        <source>The https address at which Telnyx reaches this computer, e.g. https://office.example.com. Enter it + /webhooks/telnyx as the webhook URL of the messaging profile and the Call Control application.</source>
        <comment>telnyx</comment>
        <extracomment>Help under the setting &quot;webhook_public_url&quot;</extracomment>
        <translation>La dirección https por la que Telnyx llega a esta computadora, p. ej. https://office.example.com. Escríbala seguida de /webhooks/telnyx como URL de webhook del perfil de mensajería y de la aplicación de Call Control.</translation>
    </message>
    <message>
        <source>API address</source>
        <comment>telnyx</comment>
        <extracomment>Label of the setting &quot;api_base_url&quot;</extracomment>
        <translation>Dirección de la API</translation>
    </message>
    <message>
        <source>Leave as is. Change only for a proxy (https) or a test server on this computer.</source>
        <comment>telnyx</comment>
        <extracomment>Help under the setting &quot;api_base_url&quot;</extracomment>
        <translation>Déjela como está. Cámbiela solo para un proxy (https) o un servidor de prueba en esta computadora.</translation>
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
        <translation>Twilio Programmable Voice y Messaging (API REST 2010-04-01), por consulta periódica: las llamadas perdidas salen del registro de llamadas y las respuestas, del registro de mensajes.</translation>
    </message>
    <message>
        <source>Account SID</source>
        <comment>twilio</comment>
        <extracomment>Label of the setting &quot;account_sid&quot;</extracomment>
        <translation>SID de la cuenta (Account SID)</translation>
    </message>
    <message>
        <source>Starts with AC followed by 32 characters. Twilio Console → Account Info.</source>
        <comment>twilio</comment>
        <extracomment>Help under the setting &quot;account_sid&quot;</extracomment>
        <translation>Empieza por AC seguido de 32 caracteres. Twilio Console → Account Info.</translation>
    </message>
    <message>
        <source>Auth Token</source>
        <comment>twilio</comment>
        <extracomment>Label of the setting &quot;auth_token&quot;</extracomment>
        <translation>Token de autenticación (Auth Token)</translation>
    </message>
    <message>
        <source>Twilio Console → Account Info. Kept in the keychain; headless: RINGBACK_TWILIO_AUTH_TOKEN.</source>
        <comment>twilio</comment>
        <extracomment>Help under the setting &quot;auth_token&quot;</extracomment>
        <translation>Twilio Console → Account Info. Se guarda en el llavero del sistema; sin ventana: RINGBACK_TWILIO_AUTH_TOKEN.</translation>
    </message>
    <message>
        <source>Business number</source>
        <comment>twilio</comment>
        <extracomment>Label of the setting &quot;phone_number&quot;</extracomment>
        <translation>Número del negocio</translation>
    </message>
    <message>
        <source>Your Twilio number that callers dial and texts come from, e.g. +15125550100.</source>
        <comment>twilio</comment>
        <extracomment>Help under the setting &quot;phone_number&quot;</extracomment>
        <translation>Su número de Twilio, al que llaman los clientes y desde el que salen los mensajes de texto, p. ej. +15125550100.</translation>
    </message>
    <message>
        <source>API address</source>
        <comment>twilio</comment>
        <extracomment>Label of the setting &quot;api_base_url&quot;</extracomment>
        <translation>Dirección de la API</translation>
    </message>
    <message>
        <source>Leave as is. Change only for a proxy (https) or a test server on this computer.</source>
        <comment>twilio</comment>
        <extracomment>Help under the setting &quot;api_base_url&quot;</extracomment>
        <translation>Déjela como está. Cámbiela solo para un proxy (https) o un servidor de prueba en esta computadora.</translation>
    </message>
    <message>
        <source>Lookup address</source>
        <comment>twilio</comment>
        <extracomment>Label of the setting &quot;lookup_base_url&quot;</extracomment>
        <translation>Dirección de Lookup</translation>
    </message>
    <message>
        <source>Twilio Lookup, used only when Settings › Text-back rules › look up the line type is on. Leave as is.</source>
        <comment>twilio</comment>
        <extracomment>Help under the setting &quot;lookup_base_url&quot;</extracomment>
        <translation>Twilio Lookup, que solo se usa si está activado Configuración › Reglas de respuesta por texto › Consultar el tipo de línea. Déjela como está.</translation>
    </message>
    <message>
        <source>Check every (seconds)</source>
        <comment>twilio</comment>
        <extracomment>Label of the setting &quot;poll_interval_seconds&quot;</extracomment>
        <translation>Revisar cada (segundos)</translation>
    </message>
    <message>
        <source>How often Ringback asks Twilio for new calls and texts.</source>
        <comment>twilio</comment>
        <extracomment>Help under the setting &quot;poll_interval_seconds&quot;</extracomment>
        <translation>Cada cuánto Ringback le pide a Twilio las llamadas y los mensajes nuevos.</translation>
    </message>
</context>
<context>
    <name>ringback::Backup</name>
    <message>
        <source>Choose another file: this is the database itself.</source>
        <translation>Elija otro archivo: este es la propia base de datos.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>La copia de seguridad falló: %1</translation>
    </message>
    <message>
        <source>The backup failed: %1 cannot be replaced.</source>
        <translation>La copia de seguridad falló: no se puede reemplazar %1.</translation>
    </message>
    <message>
        <source>The backup failed: %1 cannot be written.</source>
        <translation>La copia de seguridad falló: no se puede escribir %1.</translation>
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
        <translation>Trabajo: %1</translation>
    </message>
    <message>
        <source>%2: %1</source>
        <extracomment>Calendar event title; %1 is the caller, %2 the service needed.</extracomment>
        <translation>%2: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>The booking has no date and time.</source>
        <translation>La cita no tiene fecha ni hora.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
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
        <translation>con cita previa</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a day (mon, tue, wed, thu, fri, sat, sun).</source>
        <translation>Línea %1: &quot;%2&quot; no es un día (mon, tue, wed, thu, fri, sat, sun).</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a time range like 08:00-17:00.</source>
        <translation>Línea %1: &quot;%2&quot; no es un horario como 08:00-17:00.</translation>
    </message>
</context>
<context>
    <name>ringback::CommandLine</name>
    <message>
        <source>Ringback texts back the callers your business missed and keeps their replies as conversations.</source>
        <translation>Ringback les envía un mensaje de texto a quienes llamaron a su negocio y no recibieron respuesta, y guarda lo que contestan como conversaciones.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Muestra esta ayuda y termina.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Muestra la versión y termina.</translation>
    </message>
    <message>
        <source>Keep all data and settings under &lt;dir&gt; instead of the default folder.</source>
        <translation>Guarda todos los datos y la configuración en &lt;carpeta&gt; en lugar de la carpeta predeterminada.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Run the engine (receive, decide, send) with no window until interrupted (SIGINT/SIGTERM).</source>
        <translation>Ejecuta el motor (recibe, decide, envía) sin ventana hasta que se interrumpa (SIGINT/SIGTERM).</translation>
    </message>
    <message>
        <source>Use the provider &lt;id&gt; (simulator, twilio, ...).</source>
        <translation>Usa el proveedor &lt;id&gt; (simulator, twilio, ...).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Read the provider&apos;s settings from the JSON &lt;file&gt; (keys are the provider&apos;s setting names; secrets may come from RINGBACK_&lt;PROVIDER&gt;_&lt;FIELD&gt; instead).</source>
        <translation>Lee la configuración del proveedor del archivo JSON &lt;archivo&gt; (las claves son los nombres de los ajustes del proveedor; los datos secretos pueden venir de RINGBACK_&lt;PROVIDER&gt;_&lt;FIELD&gt;).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Write every conversation to &lt;file&gt; (.json or .csv) and exit.</source>
        <translation>Escribe todas las conversaciones en &lt;archivo&gt; (.json o .csv) y termina.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--export and --headless cannot be used together.</source>
        <translation>--export y --headless no se pueden usar juntos.</translation>
    </message>
</context>
<context>
    <name>ringback::Database</name>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>El controlador SQLite de Qt no está instalado (paquete libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be used: %2</source>
        <translation>No se puede usar la base de datos %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a Ringback database or is damaged: %2</source>
        <translation>El archivo %1 no es una base de datos de Ringback o está dañado: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade the database %1: %2</source>
        <translation>No se puede actualizar la base de datos %1: %2</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>No hay ninguna transacción abierta.</translation>
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
        <translation>Hola {first_name}, le escribe {company}. ¡Disculpe que no pudimos contestar su llamada! ¿En qué le podemos ayudar? Responda STOP para darse de baja.</translation>
    </message>
    <message>
        <source>After hours</source>
        <translation>Fuera de horario</translation>
    </message>
    <message>
        <source>Hi {first_name}, {company} here. We&apos;re closed now but saw your call. What do you need help with? We&apos;ll reply when we open. Reply STOP to opt out.</source>
        <extracomment>Text sent to a caller, see &quot;General&quot;.</extracomment>
        <translation>Hola {first_name}, le escribe {company}. Ahora estamos cerrados, pero vimos su llamada. ¿En qué le podemos ayudar? Le responderemos cuando abramos. Responda STOP para darse de baja.</translation>
    </message>
    <message>
        <source>HVAC: no heat or cooling</source>
        <translation>Calefacción y aire: sin calor o sin aire</translation>
    </message>
    <message>
        <source>Hi {first_name}, sorry we missed you at {company}. Is your heat or AC out? Tell us and we&apos;ll call back {callback_window}. Reply STOP to opt out.</source>
        <extracomment>Text sent to a caller, see &quot;General&quot;. {callback_window} reads like &quot;within 30 minutes&quot;.</extracomment>
        <translation>Hola {first_name}, disculpe que no le contestamos en {company}. ¿No le funciona el calentador o el aire? Cuéntenos y le devolvemos la llamada {callback_window}. Responda STOP para darse de baja.</translation>
    </message>
    <message>
        <source>Roofing</source>
        <translation>Techos</translation>
    </message>
    <message>
        <source>Hi {first_name}, {company} here. Sorry we missed your call! Is it a leak, storm damage or a quote you need? Reply STOP to opt out.</source>
        <extracomment>Text sent to a caller, see &quot;General&quot;.</extracomment>
        <translation>Hola {first_name}, le escribe {company}. ¡Disculpe que no pudimos contestar! ¿Es una gotera, daños por tormenta o necesita un presupuesto? Responda STOP para darse de baja.</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Día festivo</translation>
    </message>
    <message>
        <source>Hi {first_name}, {company} is closed for the holiday. What do you need help with? We&apos;ll get back to you when we reopen. Reply STOP to opt out.</source>
        <extracomment>Text sent to a caller, see &quot;General&quot;.</extracomment>
        <translation>Hola {first_name}, en {company} cerramos por el feriado. ¿En qué le podemos ayudar? Le responderemos cuando volvamos a abrir. Responda STOP para darse de baja.</translation>
    </message>
</context>
<context>
    <name>ringback::Engine</name>
    <message>
        <source>the provider did not answer in time</source>
        <translation>el proveedor no respondió a tiempo</translation>
    </message>
    <message>
        <source>reconcile interrupted sends</source>
        <translation>revisar los envíos interrumpidos</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <extracomment>%1 is what failed, e.g. &quot;store a call&quot;; %2 the reason.</extracomment>
        <translation>No se pudo %1: %2</translation>
    </message>
    <message>
        <source>store a call</source>
        <translation>guardar una llamada</translation>
    </message>
    <message>
        <source>not sent: the &quot;%1&quot; template has an error: %2</source>
        <translation>no enviado: la plantilla &quot;%1&quot; tiene un error: %2</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>Llamada perdida</translation>
    </message>
    <message>
        <source>Answered call</source>
        <translation>Llamada contestada</translation>
    </message>
    <message>
        <source>not sent: the caller called again and was answered</source>
        <translation>no enviado: el cliente volvió a llamar y se le contestó</translation>
    </message>
    <message>
        <source>store a reply</source>
        <translation>guardar una respuesta</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>El mensaje está vacío.</translation>
    </message>
    <message>
        <source>The message is %1 characters long; the limit is %2.</source>
        <translation>El mensaje tiene %1 caracteres; el límite es %2.</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>Esta conversación ya no existe.</translation>
    </message>
    <message>
        <source>Not sent: %1 is not a number that can receive texts.</source>
        <translation>No enviado: %1 no es un número que pueda recibir mensajes de texto.</translation>
    </message>
    <message>
        <source>not sent: the office wrote to the caller first</source>
        <translation>no enviado: la oficina le escribió primero al cliente</translation>
    </message>
    <message>
        <source>read the outbox</source>
        <translation>leer la bandeja de salida</translation>
    </message>
    <message>
        <source>not sent: the number opted out before it went out</source>
        <translation>no enviado: el número se dio de baja antes de que saliera</translation>
    </message>
    <message>
        <source>not sent: a probable opt-out is waiting for review</source>
        <translation>no enviado: hay una posible baja pendiente de revisión</translation>
    </message>
    <message>
        <source>cancel a message to an opted-out number</source>
        <translation>cancelar un mensaje a un número dado de baja</translation>
    </message>
    <message>
        <source>hold a message for quiet hours</source>
        <translation>retener un mensaje por el horario de silencio</translation>
    </message>
    <message>
        <source>mark a message as sending</source>
        <translation>marcar un mensaje como en envío</translation>
    </message>
    <message>
        <source>gave up after %1 attempts: %2</source>
        <translation>se dejó de intentar después de %1 intentos: %2</translation>
    </message>
    <message>
        <source>reschedule a message</source>
        <translation>reprogramar un mensaje</translation>
    </message>
    <message>
        <source>record a send result</source>
        <translation>registrar el resultado de un envío</translation>
    </message>
    <message>
        <source>gave up after %1 attempts</source>
        <translation>se dejó de intentar después de %1 intentos</translation>
    </message>
    <message>
        <source>interrupted while sending and the provider could not confirm it; not resent so the caller is not texted twice (%1)</source>
        <translation>se interrumpió durante el envío y el proveedor no pudo confirmarlo; no se reenvió para no escribirle dos veces al cliente (%1)</translation>
    </message>
    <message>
        <source>record a reconciliation</source>
        <translation>registrar una verificación</translation>
    </message>
    <message>
        <source>record a delivery status</source>
        <translation>registrar un estado de entrega</translation>
    </message>
    <message>
        <source>save the provider position</source>
        <translation>guardar la posición del proveedor</translation>
    </message>
    <message>
        <source>no conversation %1</source>
        <translation>no existe la conversación %1</translation>
    </message>
    <message>
        <source>not sent: probable opt-out waiting for review</source>
        <translation>no enviado: posible baja pendiente de revisión</translation>
    </message>
    <message>
        <source>Not sent: %1 opted out of texts (%2).</source>
        <translation>No enviado: %1 se dio de baja de los mensajes de texto (%2).</translation>
    </message>
    <message>
        <source>There is no probable opt-out to confirm in this conversation.</source>
        <translation>No hay ninguna posible baja que confirmar en esta conversación.</translation>
    </message>
    <message>
        <source>There is no probable opt-out to dismiss in this conversation.</source>
        <translation>No hay ninguna posible baja que descartar en esta conversación.</translation>
    </message>
    <message>
        <source>This number has already opted out.</source>
        <translation>Este número ya se dio de baja.</translation>
    </message>
    <message>
        <source>This number has not opted out.</source>
        <translation>Este número no se ha dado de baja.</translation>
    </message>
    <message>
        <source>Reply STOP to opt out.</source>
        <extracomment>Appended to the first automatic text to a number when its template has no opt-out hint. Keep STOP in English: carriers only understand that keyword.</extracomment>
        <translation>Responda STOP para darse de baja.</translation>
    </message>
    <message>
        <source>not sent: this number can&apos;t receive texts (%1)</source>
        <translation>no enviado: este número no puede recibir mensajes de texto (%1)</translation>
    </message>
    <message>
        <source>This number is already marked as spam.</source>
        <translation>Este número ya está marcado como spam.</translation>
    </message>
    <message>
        <source>not sent: marked as spam</source>
        <translation>no enviado: marcado como spam</translation>
    </message>
    <message>
        <source>This number is not marked as spam.</source>
        <translation>Este número no está marcado como spam.</translation>
    </message>
    <message>
        <source>A name can be at most 80 characters long.</source>
        <translation>Un nombre puede tener como máximo 80 caracteres.</translation>
    </message>
    <message>
        <source>This number is marked as spam. Mark it as not spam first.</source>
        <translation>Este número está marcado como spam. Primero márquelo como que no es spam.</translation>
    </message>
    <message>
        <source>Choose the date and time of the booking.</source>
        <translation>Elija la fecha y la hora de la cita.</translation>
    </message>
    <message>
        <source>The booking note can be at most %1 characters long (it has %2).</source>
        <translation>La nota de la cita puede tener como máximo %1 caracteres (tiene %2).</translation>
    </message>
    <message>
        <source>Choose a time in the future to snooze until.</source>
        <translation>Elija un momento futuro hasta el que posponer.</translation>
    </message>
    <message>
        <source>The address can be at most %1 characters long (it has %2).</source>
        <translation>La dirección puede tener como máximo %1 caracteres (tiene %2).</translation>
    </message>
    <message>
        <source>The service can be at most %1 characters long (it has %2).</source>
        <translation>El servicio puede tener como máximo %1 caracteres (tiene %2).</translation>
    </message>
    <message>
        <source>The notes can be at most %1 characters long (they have %2).</source>
        <translation>Las notas pueden tener como máximo %1 caracteres (tienen %2).</translation>
    </message>
    <message>
        <source>read a number&apos;s line type</source>
        <translation>leer el tipo de línea de un número</translation>
    </message>
    <message>
        <source>hold a text to a landline</source>
        <translation>retener un mensaje a un teléfono fijo</translation>
    </message>
    <message>
        <source>record a line-type lookup</source>
        <translation>registrar una consulta del tipo de línea</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>sin respuesta en %n segundo</numerusform>
            <numerusform>sin respuesta en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>line-type lookup failed (%1): texted as usual</source>
        <translation>falló la consulta del tipo de línea (%1): se envió el mensaje como de costumbre</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>sin detalles</translation>
    </message>
    <message>
        <source>line-type lookup not available with this provider</source>
        <translation>la consulta del tipo de línea no está disponible con este proveedor</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>teléfono fijo</translation>
    </message>
    <message>
        <source>toll-free number</source>
        <translation>número gratuito</translation>
    </message>
    <message>
        <source>fixed VoIP line</source>
        <translation>línea VoIP fija</translation>
    </message>
    <message>
        <source>voicemail-only number</source>
        <translation>número solo de buzón de voz</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>localizador (pager)</translation>
    </message>
    <message>
        <source>%1 number</source>
        <extracomment>%1 is the provider&apos;s line type, e.g. &quot;premium&quot; or &quot;sharedCost&quot;.</extracomment>
        <translation>número %1</translation>
    </message>
    <message>
        <source>line-type lookup says %1: can&apos;t receive texts, call back instead</source>
        <extracomment>%1: &quot;landline&quot;, &quot;toll-free number&quot;, &quot;fixed VoIP line&quot;, ...</extracomment>
        <translation>la consulta del tipo de línea indica %1: no puede recibir mensajes de texto, mejor devuelva la llamada</translation>
    </message>
    <message>
        <source>This number is not marked as unable to receive texts.</source>
        <translation>Este número no está marcado como que no puede recibir mensajes de texto.</translation>
    </message>
    <message numerus="yes">
        <source>It&apos;s %1 for this caller (%2 time).</source>
        <extracomment>%1 is the caller&apos;s time of day, %2 the name of the time zone. Not shown: %n is the hour of %1 (1 for 1:05 PM), so the wording can agree with it, as in Spanish &quot;es la 1:05&quot; but &quot;son las 2:05&quot;.</extracomment>
        <translation>
            <numerusform>Para el cliente es la %1 (zona horaria: %2).</numerusform>
            <numerusform>Para el cliente son las %1 (zona horaria: %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quiet hours until %1.</source>
        <extracomment>%1 is a time of day. Not shown: %n is its hour (1 for 1:00 PM), so the wording can agree with it, as in Spanish &quot;hasta la 1:00&quot; but &quot;hasta las 8:00&quot;.</extracomment>
        <translation>
            <numerusform>Horario de silencio hasta la %1.</numerusform>
            <numerusform>Horario de silencio hasta las %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ringback::EngineConfig</name>
    <message>
        <source>the office</source>
        <extracomment>{company} in texts while the office has not entered its name.</extracomment>
        <translation>la oficina</translation>
    </message>
    <message>
        <source>You&apos;re unsubscribed from {company} texts. No more messages will be sent. Reply START to resubscribe.</source>
        <translation>Se dio de baja de los mensajes de {company}. Ya no le enviaremos mensajes. Responda START para volver a suscribirse.</translation>
    </message>
    <message>
        <source>{company}: reply to this number and we&apos;ll get back to you. Reply STOP to opt out.</source>
        <translation>{company}: responda a este mensaje y nos pondremos en contacto con usted. Responda STOP para darse de baja.</translation>
    </message>
    <message>
        <source>shortly</source>
        <translation>en breve</translation>
    </message>
</context>
<context>
    <name>ringback::EngineSession</name>
    <message>
        <source>No provider called &quot;%1&quot; is installed. Installed providers: %2.</source>
        <translation>No hay ningún proveedor &quot;%1&quot; instalado. Proveedores instalados: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Provider settings: %1</source>
        <translation>Configuración del proveedor: %1</translation>
    </message>
    <message>
        <source>Provider %1: %2</source>
        <translation>Proveedor %1: %2</translation>
    </message>
    <message>
        <source>The %1 setting &quot;%2&quot; (%3) is not saved. Enter it in Settings › Provider, which keeps it in the system keychain, or set the environment variable %4.</source>
        <translation>El ajuste &quot;%2&quot; (%3) de %1 no está guardado. Escríbalo en Configuración › Proveedor, que lo guarda en el llavero del sistema, o defina la variable de entorno %4.</translation>
    </message>
    <message>
        <source>The %1 setting &quot;%2&quot; (%3) could not be read: %4</source>
        <translation>No se pudo leer el ajuste &quot;%2&quot; (%3) de %1: %4</translation>
    </message>
    <message>
        <source>%1. Change &quot;webhook_listen&quot; in Settings › Provider, or close the program that uses that port.</source>
        <extracomment>%1 says why (address in use, ...); webhook_listen is a setting&apos;s name</extracomment>
        <translation>%1. Cambie &quot;webhook_listen&quot; en Configuración › Proveedor o cierre el programa que usa ese puerto.</translation>
    </message>
</context>
<context>
    <name>ringback::Exporter</name>
    <message>
        <source>Export to a file ending in .json or .csv (got &quot;%1&quot;).</source>
        <translation>Exporte a un archivo que termine en .json o .csv (se recibió &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ringback::HeldReasons</name>
    <message>
        <source>Call result not set to text back</source>
        <translation>Resultado de llamada no configurado para responder por texto</translation>
    </message>
    <message>
        <source>Likely pocket dial</source>
        <translation>Probable llamada por error</translation>
    </message>
    <message>
        <source>Text-back off for the line</source>
        <translation>Respuesta por texto desactivada en la línea</translation>
    </message>
    <message>
        <source>Number withheld</source>
        <translation>Número oculto</translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation>Número no válido</translation>
    </message>
    <message>
        <source>Landline or other number that can&apos;t text</source>
        <translation>Fijo u otro número que no recibe mensajes de texto</translation>
    </message>
    <message>
        <source>Earlier text failed: can&apos;t receive texts</source>
        <translation>Falló un mensaje anterior: no puede recibir mensajes de texto</translation>
    </message>
    <message>
        <source>International number</source>
        <translation>Número internacional</translation>
    </message>
    <message>
        <source>Marked as spam</source>
        <translation>Marcado como spam</translation>
    </message>
    <message>
        <source>Blocked number</source>
        <translation>Número bloqueado</translation>
    </message>
    <message>
        <source>Known contact or vendor</source>
        <translation>Contacto o proveedor conocido</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>Probable opt-out</source>
        <translation>Posible baja</translation>
    </message>
    <message>
        <source>Likely robocaller</source>
        <translation>Probable llamada automática</translation>
    </message>
    <message>
        <source>Repeat call, already texted</source>
        <translation>Llamada repetida, ya se le escribió</translation>
    </message>
    <message>
        <source>Conversation already active</source>
        <translation>Conversación ya activa</translation>
    </message>
    <message>
        <source>Missed while Ringback was closed</source>
        <translation>Perdida mientras Ringback estaba cerrado</translation>
    </message>
    <message>
        <source>Reported too late to text</source>
        <translation>Reportada demasiado tarde para escribir</translation>
    </message>
    <message>
        <source>During business hours</source>
        <extracomment>A line set to text back only outside business hours.</extracomment>
        <translation>En horario de atención</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Horario de silencio</translation>
    </message>
    <message>
        <source>Caller called again and was answered</source>
        <translation>El cliente volvió a llamar y se le contestó</translation>
    </message>
    <message>
        <source>The office wrote first</source>
        <translation>La oficina escribió primero</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>Teléfono fijo</translation>
    </message>
    <message>
        <source>No reason recorded</source>
        <translation>Sin motivo registrado</translation>
    </message>
    <message>
        <source>Toll-free or other line that can&apos;t text</source>
        <translation>Número gratuito u otra línea que no recibe mensajes de texto</translation>
    </message>
    <message>
        <source>Texted</source>
        <translation>Se le escribió</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Contestada</translation>
    </message>
    <message>
        <source>Template has an error</source>
        <extracomment>The automatic text&apos;s template has an error, so the call was not texted.</extracomment>
        <translation>La plantilla tiene un error</translation>
    </message>
</context>
<context>
    <name>ringback::Migrations</name>
    <message>
        <source>This data was written by a newer Ringback (schema %1; this version knows %2). Install the newer version to open it.</source>
        <translation>Estos datos los escribió una versión más reciente de Ringback (esquema %1; esta versión conoce hasta el %2). Instale la versión más reciente para abrirlos.</translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation>falló la migración %1: %2</translation>
    </message>
</context>
<context>
    <name>ringback::OptOutLedger</name>
    <message>
        <source>the office</source>
        <translation>la oficina</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>replied “%1”</source>
        <translation>respondió “%1”</translation>
    </message>
    <message>
        <source>“%1” marked not an opt-out by %2</source>
        <translation>%2 marcó que “%1” no es una baja</translation>
    </message>
    <message>
        <source>replied %1</source>
        <translation>respondió %1</translation>
    </message>
    <message>
        <source>opted back in, recorded by %1</source>
        <translation>volvió a suscribirse, registrado por %1</translation>
    </message>
    <message>
        <source>replied “%1”, confirmed by %2</source>
        <translation>respondió “%1”, confirmado por %2</translation>
    </message>
    <message>
        <source>the provider refused a text: %1</source>
        <translation>el proveedor rechazó un mensaje: %1</translation>
    </message>
    <message>
        <source>recorded by %1</source>
        <translation>registrado por %1</translation>
    </message>
    <message>
        <source>recorded by %1: %2</source>
        <translation>registrado por %1: %2</translation>
    </message>
    <message>
        <source>recorded before the opt-out ledger: %1</source>
        <translation>anotado antes del registro de bajas: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>by replying %1</source>
        <translation>al responder %1</translation>
    </message>
    <message>
        <source>by replying “%1” (confirmed by %2)</source>
        <translation>al responder “%1” (confirmado por %2)</translation>
    </message>
    <message>
        <source>according to the provider (%1)</source>
        <translation>según el proveedor (%1)</translation>
    </message>
    <message>
        <source>as recorded by %1</source>
        <translation>según lo registró %1</translation>
    </message>
    <message>
        <source>Not sent: %1 opted out on %2 %3.</source>
        <translation>No enviado: %1 se dio de baja el %2 %3.</translation>
    </message>
</context>
<context>
    <name>ringback::OptOutLedgerExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ringback::PhoneNumber</name>
    <message>
        <source>No phone number was given.</source>
        <translation>No se indicó ningún número de teléfono.</translation>
    </message>
    <message>
        <source>The caller withheld their number.</source>
        <translation>El cliente ocultó su número.</translation>
    </message>
    <message>
        <source>&quot;%1…&quot; is too long to be a phone number.</source>
        <translation>&quot;%1…&quot; es demasiado largo para ser un número de teléfono.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>&quot;%1&quot; no es un número de teléfono.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number.</source>
        <translation>&quot;%1&quot; no es un número de teléfono válido.</translation>
    </message>
</context>
<context>
    <name>ringback::PluginLoader</name>
    <message>
        <source>not a Qt plugin: %1</source>
        <translation>no es un complemento de Qt: %1</translation>
    </message>
    <message>
        <source>interface &quot;%1&quot; is not &quot;%2&quot;</source>
        <translation>la interfaz &quot;%1&quot; no es &quot;%2&quot;</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; is already loaded from %2</source>
        <translation>el proveedor &quot;%1&quot; ya está cargado desde %2</translation>
    </message>
    <message>
        <source>No provider called &quot;%1&quot; is installed.</source>
        <translation>No hay ningún proveedor &quot;%1&quot; instalado.</translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; could not be loaded: %2</source>
        <translation>No se pudo cargar el proveedor &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; failed to start.</source>
        <translation>El proveedor &quot;%1&quot; no pudo iniciarse.</translation>
    </message>
    <message>
        <source>settings[%1] is not an object</source>
        <translation>settings[%1] no es un objeto</translation>
    </message>
    <message>
        <source>settings[%1] has no valid &quot;name&quot; (lower_snake_case)</source>
        <translation>settings[%1] no tiene un &quot;name&quot; válido (lower_snake_case)</translation>
    </message>
    <message>
        <source>setting &quot;%1&quot; has an unknown &quot;kind&quot;</source>
        <translation>el ajuste &quot;%1&quot; tiene un &quot;kind&quot; desconocido</translation>
    </message>
    <message>
        <source>choice setting &quot;%1&quot; lists no choices</source>
        <translation>el ajuste de opciones &quot;%1&quot; no incluye ninguna opción</translation>
    </message>
    <message>
        <source>metadata has no &quot;apiVersion&quot;</source>
        <translation>los metadatos no tienen &quot;apiVersion&quot;</translation>
    </message>
    <message>
        <source>built for provider API %1, this Ringback speaks %2</source>
        <translation>compilado para la versión %1 de la API de proveedores; este Ringback usa la %2</translation>
    </message>
    <message>
        <source>metadata has no valid &quot;id&quot; (lower case letters, digits, _)</source>
        <translation>los metadatos no tienen un &quot;id&quot; válido (minúsculas, dígitos, _)</translation>
    </message>
    <message>
        <source>metadata has no &quot;name&quot;</source>
        <translation>los metadatos no tienen &quot;name&quot;</translation>
    </message>
    <message>
        <source>metadata has no &quot;capabilities&quot; list</source>
        <translation>los metadatos no tienen la lista &quot;capabilities&quot;</translation>
    </message>
    <message>
        <source>capabilities name no way to receive events (poll, stream or webhook)</source>
        <translation>las capacidades no indican ninguna forma de recibir eventos (poll, stream o webhook)</translation>
    </message>
    <message>
        <source>metadata has no &quot;settings&quot; list</source>
        <translation>los metadatos no tienen la lista &quot;settings&quot;</translation>
    </message>
    <message>
        <source>setting &quot;%1&quot; is declared twice</source>
        <translation>el ajuste &quot;%1&quot; está declarado dos veces</translation>
    </message>
    <message>
        <source>&quot;auto_replies&quot; is not a list of keywords</source>
        <translation>&quot;auto_replies&quot; no es una lista de palabras clave</translation>
    </message>
    <message>
        <source>&quot;auto_replies&quot; holds an empty keyword</source>
        <translation>&quot;auto_replies&quot; contiene una palabra clave vacía</translation>
    </message>
    <message>
        <source>&quot;send_rate_per_minute&quot; is not a positive number</source>
        <translation>&quot;send_rate_per_minute&quot; no es un número positivo</translation>
    </message>
</context>
<context>
    <name>ringback::Profile</name>
    <message>
        <source>Ringback is already running on this profile (process %1 on %2). Only one copy may send texts for %3.</source>
        <translation>Ringback ya se está ejecutando con este perfil (proceso %1 en %2). Solo una copia puede enviar mensajes de texto para %3.</translation>
    </message>
</context>
<context>
    <name>ringback::Provider</name>
    <message>
        <source>This provider cannot test its connection. Save the settings and watch the status bar after a restart.</source>
        <translation>Este proveedor no puede probar su conexión. Guarde la configuración y observe la barra de estado después de reiniciar.</translation>
    </message>
    <message>
        <source>This provider has no sign-in in the browser. Enter its credentials in the form.</source>
        <translation>Este proveedor no tiene inicio de sesión en el navegador. Escriba sus credenciales en el formulario.</translation>
    </message>
</context>
<context>
    <name>ringback::ProviderSettings</name>
    <message>
        <source>&quot;%1&quot; must be a number.</source>
        <translation>&quot;%1&quot; debe ser un número.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be between %2 and %3.</source>
        <translation>&quot;%1&quot; debe estar entre %2 y %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; debe ser true o false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address.</source>
        <translation>&quot;%1&quot; no es una dirección válida.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must use https:// (plain http is allowed only to this computer).</source>
        <translation>&quot;%1&quot; debe usar https:// (http sin cifrar solo se permite hacia esta computadora).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an https:// address.</source>
        <translation>&quot;%1&quot; debe ser una dirección https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of: %2.</source>
        <translation>&quot;%1&quot; debe ser uno de estos valores: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation>&quot;%1&quot; debe ser texto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unsupported kind.</source>
        <translation>&quot;%1&quot; tiene un tipo no compatible.</translation>
    </message>
    <message>
        <source>The %1 provider has no setting &quot;%2&quot;. Its settings are: %3.</source>
        <translation>El proveedor %1 no tiene el ajuste &quot;%2&quot;. Sus ajustes son: %3.</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; is missing (or set %2).</source>
        <translation>Falta el ajuste &quot;%1&quot; (o defina %2).</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; is missing.</source>
        <translation>Falta el ajuste &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a provider configuration.</source>
        <translation>%1 es demasiado grande para ser una configuración de proveedor.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at offset %2: %3).</source>
        <translation>%1 no es JSON válido (en la posición %2: %3).</translation>
    </message>
    <message>
        <source>%1 must hold a JSON object of settings.</source>
        <translation>%1 debe contener un objeto JSON con los ajustes.</translation>
    </message>
</context>
<context>
    <name>ringback::QueueExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ringback::QuietHours</name>
    <message>
        <source>Eastern</source>
        <translation>Este</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Mountain</source>
        <translation>Montaña</translation>
    </message>
    <message>
        <source>Arizona</source>
        <translation>Arizona</translation>
    </message>
    <message>
        <source>Pacific</source>
        <translation>Pacífico</translation>
    </message>
    <message>
        <source>Alaska</source>
        <translation>Alaska</translation>
    </message>
    <message>
        <source>Hawaii</source>
        <translation>Hawái</translation>
    </message>
    <message>
        <source>Atlantic</source>
        <translation>Atlántico</translation>
    </message>
</context>
<context>
    <name>ringback::QuoProvider</name>
    <message>
        <source>an entry of &quot;data&quot; is not an object</source>
        <translation>una entrada de &quot;data&quot; no es un objeto</translation>
    </message>
    <message>
        <source>an entry of &quot;data&quot; has no id</source>
        <translation>una entrada de &quot;data&quot; no tiene id</translation>
    </message>
    <message>
        <source>&quot;nextPageToken&quot; is neither text nor null</source>
        <translation>&quot;nextPageToken&quot; no es texto ni null</translation>
    </message>
    <message>
        <source>a phone number has no id or number</source>
        <translation>un número de teléfono no tiene id ni número</translation>
    </message>
    <message>
        <source>call %1 lacks its direction, status or time</source>
        <translation>a la llamada %1 le falta el sentido, el estado o la hora</translation>
    </message>
    <message>
        <source>message %1 lacks its direction or time</source>
        <translation>al mensaje %1 le falta el sentido o la hora</translation>
    </message>
    <message>
        <source>the message has no id</source>
        <translation>el mensaje no tiene id</translation>
    </message>
    <message>
        <source>Quo refused the API key. Copy it again from Quo: Settings › API (paste the key alone, without “Bearer”).</source>
        <translation>Quo rechazó la clave de API. Vuelva a copiarla desde Quo: Settings › API (pegue solo la clave, sin “Bearer”).</translation>
    </message>
    <message>
        <source>Quo refused the check (403): the API key may not see the workspace&apos;s phone numbers.</source>
        <translation>Quo rechazó la verificación (403): puede que la clave de API no tenga acceso a los números de teléfono del espacio de trabajo.</translation>
    </message>
    <message>
        <source>Quo refused the check (HTTP %1: %2).</source>
        <translation>Quo rechazó la verificación (HTTP %1: %2).</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>sin detalles</translation>
    </message>
    <message>
        <source>The Quo settings are incomplete.</source>
        <translation>La configuración de Quo está incompleta.</translation>
    </message>
    <message>
        <source>Connected to Quo: the API key works and %1 is in the workspace.</source>
        <translation>Conectado a Quo: la clave de API funciona y %1 está en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Connected to Quo: the API key works and %1 (“%2”) is in the workspace.</source>
        <translation>Conectado a Quo: la clave de API funciona y %1 (“%2”) está en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>The API key works, but this Quo workspace has no phone numbers.</source>
        <translation>La clave de API funciona, pero este espacio de trabajo de Quo no tiene números de teléfono.</translation>
    </message>
    <message>
        <source>%1 is not a number in this Quo workspace. Its numbers: %2.</source>
        <translation>%1 no es un número de este espacio de trabajo de Quo. Sus números: %2.</translation>
    </message>
    <message>
        <source>&quot;api_key&quot; is missing (or set RINGBACK_OPENPHONE_API_KEY).</source>
        <translation>Falta &quot;api_key&quot; (o defina RINGBACK_OPENPHONE_API_KEY).</translation>
    </message>
    <message>
        <source>&quot;api_key&quot; must be the key alone, without spaces (Quo: Settings › API).</source>
        <translation>&quot;api_key&quot; debe ser solo la clave, sin espacios (Quo: Settings › API).</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>looking up the business number</source>
        <translation>consultar el número del negocio</translation>
    </message>
    <message>
        <source>Quo refused the API key (401)</source>
        <translation>Quo rechazó la clave de API (401)</translation>
    </message>
    <message>
        <source>the number %1 is not in this Quo workspace</source>
        <translation>el número %1 no está en este espacio de trabajo de Quo</translation>
    </message>
    <message>
        <source>&quot;webhook_public_url&quot; is set but &quot;webhook_signing_key&quot; is missing (or set RINGBACK_OPENPHONE_WEBHOOK_SIGNING_KEY). Set both to receive Quo&apos;s webhooks, or neither to only check every few seconds.</source>
        <translation>&quot;webhook_public_url&quot; está configurado, pero falta &quot;webhook_signing_key&quot; (o defina RINGBACK_OPENPHONE_WEBHOOK_SIGNING_KEY). Configure los dos para recibir los webhooks de Quo, o ninguno para solo revisar cada pocos segundos.</translation>
    </message>
    <message>
        <source>&quot;webhook_signing_key&quot; is set but &quot;webhook_public_url&quot; is not. Set both to receive Quo&apos;s webhooks, or neither to only check every few seconds.</source>
        <translation>&quot;webhook_signing_key&quot; está configurado, pero &quot;webhook_public_url&quot; no. Configure los dos para recibir los webhooks de Quo, o ninguno para solo revisar cada pocos segundos.</translation>
    </message>
    <message>
        <source>&quot;webhook_signing_key&quot; must be the webhook&apos;s signing key as Quo shows it (Base64), or several separated by spaces.</source>
        <translation>&quot;webhook_signing_key&quot; debe ser la clave de firma del webhook tal como la muestra Quo (Base64), o varias separadas por espacios.</translation>
    </message>
</context>
<context>
    <name>ringback::RingCentralProvider</name>
    <message>
        <source>a record is not an object</source>
        <translation>un registro no es un objeto</translation>
    </message>
    <message>
        <source>no &quot;syncInfo.syncToken&quot;</source>
        <translation>no hay &quot;syncInfo.syncToken&quot;</translation>
    </message>
    <message>
        <source>no &quot;access_token&quot; or &quot;expires_in&quot;</source>
        <translation>no hay &quot;access_token&quot; ni &quot;expires_in&quot;</translation>
    </message>
    <message>
        <source>no &quot;ws_access_token&quot; or &quot;uri&quot;</source>
        <translation>no hay &quot;ws_access_token&quot; ni &quot;uri&quot;</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>sin detalles</translation>
    </message>
    <message>
        <source>RingCentral HTTP %1: %2</source>
        <translation>RingCentral HTTP %1: %2</translation>
    </message>
    <message>
        <source>getting an access token</source>
        <translation>obtener un token de acceso</translation>
    </message>
    <message>
        <source>RingCentral refused the Client ID, Client secret or JWT (HTTP %1 %2: %3)</source>
        <translation>RingCentral rechazó el Client ID, el Client secret o el JWT (HTTP %1 %2: %3)</translation>
    </message>
    <message>
        <source>RingCentral refused the app&apos;s token (401).</source>
        <translation>RingCentral rechazó el token de la app (401).</translation>
    </message>
    <message>
        <source>The RingCentral app lacks a permission (%1: %2). In the Developer Console give it ReadAccounts, ReadCallLog, ReadMessages, SMS and WebSocketsSubscriptions.</source>
        <translation>A la app de RingCentral le falta un permiso (%1: %2). En la Developer Console, asígnele ReadAccounts, ReadCallLog, ReadMessages, SMS y WebSocketsSubscriptions.</translation>
    </message>
    <message>
        <source>RingCentral refused the check (HTTP %1 %2: %3).</source>
        <translation>RingCentral rechazó la verificación (HTTP %1 %2: %3).</translation>
    </message>
    <message>
        <source>The RingCentral settings are incomplete.</source>
        <translation>La configuración de RingCentral está incompleta.</translation>
    </message>
    <message>
        <source>RingCentral refused the Client ID, Client secret or JWT. Check them in the Developer Console (%1).</source>
        <translation>RingCentral rechazó el Client ID, el Client secret o el JWT. Revíselos en la Developer Console (%1).</translation>
    </message>
    <message>
        <source>%1 is not a number of the RingCentral user the JWT belongs to.</source>
        <translation>%1 no es un número del usuario de RingCentral al que pertenece el JWT.</translation>
    </message>
    <message>
        <source>%1 belongs to this RingCentral user but cannot send texts (no SmsSender feature).</source>
        <translation>%1 pertenece a este usuario de RingCentral, pero no puede enviar mensajes de texto (no tiene la función SmsSender).</translation>
    </message>
    <message>
        <source>Connected to RingCentral: the app&apos;s credentials work and %1 can send texts.</source>
        <translation>Conectado a RingCentral: las credenciales de la app funcionan y %1 puede enviar mensajes de texto.</translation>
    </message>
    <message>
        <source>&quot;client_id&quot; is missing (RingCentral Developer Console, your app, Credentials).</source>
        <translation>Falta &quot;client_id&quot; (RingCentral Developer Console, su app, Credentials).</translation>
    </message>
    <message>
        <source>&quot;client_secret&quot; is missing (or set RINGBACK_RINGCENTRAL_CLIENT_SECRET).</source>
        <translation>Falta &quot;client_secret&quot; (o defina RINGBACK_RINGCENTRAL_CLIENT_SECRET).</translation>
    </message>
    <message>
        <source>&quot;jwt&quot; is missing (or set RINGBACK_RINGCENTRAL_JWT).</source>
        <translation>Falta &quot;jwt&quot; (o defina RINGBACK_RINGCENTRAL_JWT).</translation>
    </message>
    <message>
        <source>Checking the RingCentral account…</source>
        <translation>Verificando la cuenta de RingCentral…</translation>
    </message>
    <message>
        <source>checking the business number</source>
        <translation>verificar el número del negocio</translation>
    </message>
    <message>
        <source>the number %1 is not one of this RingCentral user&apos;s numbers</source>
        <translation>el número %1 no es uno de los números de este usuario de RingCentral</translation>
    </message>
    <message>
        <source>the number %1 cannot send texts at RingCentral</source>
        <translation>el número %1 no puede enviar mensajes de texto en RingCentral</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Connected to RingCentral: calls and texts arrive as they happen</source>
        <translation>Conectado a RingCentral: las llamadas y los mensajes llegan al momento</translation>
    </message>
    <message>
        <source>Reconnecting to RingCentral&apos;s live updates; checking the call log meanwhile</source>
        <translation>Reconectando con las actualizaciones en vivo de RingCentral; mientras tanto se revisa el registro de llamadas</translation>
    </message>
    <message>
        <source>RingCentral refused the app&apos;s credentials or token (401%1)</source>
        <translation>RingCentral rechazó las credenciales o el token de la app (401%1)</translation>
    </message>
    <message>
        <source>RingCentral asked Ringback to slow down (429) while %1</source>
        <translation>RingCentral le pidió a Ringback que vaya más despacio (429) al %1</translation>
    </message>
    <message>
        <source>RingCentral asked Ringback to slow down (429, %1 group) while %2</source>
        <translation>RingCentral le pidió a Ringback que vaya más despacio (429, grupo %1) al %2</translation>
    </message>
    <message>
        <source>Ringback is not signed in to RingCentral. Open Settings › Provider and click &quot;Sign in with RingCentral…&quot;.</source>
        <translation>Ringback no ha iniciado sesión en RingCentral. Abra Configuración › Proveedor y haga clic en &quot;Iniciar sesión con RingCentral…&quot;.</translation>
    </message>
    <message>
        <source>RingCentral no longer accepts Ringback&apos;s sign-in (HTTP %1 %2: %3). Open Settings › Provider and click &quot;Sign in with RingCentral…&quot; again.</source>
        <translation>RingCentral ya no acepta el inicio de sesión de Ringback (HTTP %1 %2: %3). Abra Configuración › Proveedor y vuelva a hacer clic en &quot;Iniciar sesión con RingCentral…&quot;.</translation>
    </message>
    <message>
        <source>&quot;auth_mode&quot; must be jwt or pkce.</source>
        <translation>&quot;auth_mode&quot; debe ser jwt o pkce.</translation>
    </message>
    <message>
        <source>&quot;redirect_port&quot; must be a port number (0: any free one).</source>
        <translation>&quot;redirect_port&quot; debe ser un número de puerto (0: cualquiera libre).</translation>
    </message>
    <message>
        <source>Ringback is not signed in to RingCentral (auth_mode pkce). Open Settings › Provider and click &quot;Sign in with RingCentral…&quot;, or set RINGBACK_RINGCENTRAL_REFRESH_TOKEN.</source>
        <translation>Ringback no ha iniciado sesión en RingCentral (auth_mode pkce). Abra Configuración › Proveedor y haga clic en &quot;Iniciar sesión con RingCentral…&quot;, o defina RINGBACK_RINGCENTRAL_REFRESH_TOKEN.</translation>
    </message>
    <message>
        <source>A RingCentral sign-in is saved. Test connection does not use it, because RingCentral replaces it at each use; &quot;Sign in with RingCentral…&quot; signs in again.</source>
        <translation>Hay un inicio de sesión de RingCentral guardado. Probar conexión no lo usa, porque RingCentral lo reemplaza en cada uso; &quot;Iniciar sesión con RingCentral…&quot; vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The browser sign-in is for a public app: choose pkce as the sign-in method (auth_mode) first.</source>
        <translation>El inicio de sesión en el navegador es para una app pública: primero elija pkce como método de inicio de sesión (auth_mode).</translation>
    </message>
    <message>
        <source>Ringback could not open a web browser for the RingCentral sign-in.</source>
        <translation>Ringback no pudo abrir un navegador web para iniciar sesión en RingCentral.</translation>
    </message>
    <message>
        <source>RingCentral refused the sign-in (HTTP %1 %2: %3). Check that the app is a public app with the authorization code flow and this redirect URI.</source>
        <extracomment>%1 HTTP status, %2 RingCentral&apos;s error code, %3 its message</extracomment>
        <translation>RingCentral rechazó el inicio de sesión (HTTP %1 %2: %3). Compruebe que la app sea pública, con el flujo de código de autorización y esta URI de redirección.</translation>
    </message>
    <message>
        <source>RingCentral&apos;s answer to the sign-in holds no refresh token (%1).</source>
        <translation>La respuesta de RingCentral al inicio de sesión no trae un token de actualización (%1).</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>no se dio ninguno</translation>
    </message>
    <message>
        <source>Signed in, but Ringback has nowhere to keep the sign-in.</source>
        <translation>Sesión iniciada, pero Ringback no tiene dónde guardar el inicio de sesión.</translation>
    </message>
    <message>
        <source>Signed in to RingCentral. Ringback keeps the sign-in in the system keychain and uses it from its next start.</source>
        <translation>Sesión iniciada en RingCentral. Ringback guarda el inicio de sesión en el llavero del sistema y lo usa a partir de su próximo inicio.</translation>
    </message>
</context>
<context>
    <name>ringback::RulesSettings</name>
    <message>
        <source>Closure &quot;%1&quot; does not start with a date like 2026-12-25.</source>
        <translation>El cierre &quot;%1&quot; no empieza con una fecha como 2026-12-25.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;; using %2.</source>
        <translation>Zona horaria desconocida &quot;%1&quot;; se usa %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a call result that can trigger a text.</source>
        <translation>&quot;%1&quot; no es un resultado de llamada que pueda activar un mensaje.</translation>
    </message>
    <message>
        <source>Opt-out scope &quot;%1&quot; is not &quot;all&quot; or &quot;line&quot;; using &quot;all&quot;.</source>
        <translation>El alcance de las bajas &quot;%1&quot; no es &quot;all&quot; ni &quot;line&quot;; se usa &quot;all&quot;.</translation>
    </message>
    <message>
        <source>Texting window &quot;%1&quot; is not like 08:00-21:00; using 08:00-21:00.</source>
        <translation>El horario de envío &quot;%1&quot; no tiene la forma 08:00-21:00; se usa 08:00-21:00.</translation>
    </message>
    <message>
        <source>First text in quiet hours &quot;%1&quot; is not &quot;immediate&quot; or &quot;hold&quot;; using &quot;immediate&quot;.</source>
        <translation>El primer mensaje en horario de silencio &quot;%1&quot; no es &quot;immediate&quot; ni &quot;hold&quot;; se usa &quot;immediate&quot;.</translation>
    </message>
    <message>
        <source>There is no template &quot;%1&quot; (%2); using &quot;%3&quot;.</source>
        <translation>No existe la plantilla &quot;%1&quot; (%2); se usa &quot;%3&quot;.</translation>
    </message>
</context>
<context>
    <name>ringback::Runner</name>
    <message>
        <source>No Ringback data in %1.</source>
        <translation>No hay datos de Ringback en %1.</translation>
    </message>
    <message>
        <source>Ringback cannot start</source>
        <translation>Ringback no puede iniciar</translation>
    </message>
    <message>
        <source>Try &apos;ringback --help&apos;.</source>
        <translation>Pruebe &apos;ringback --help&apos;.</translation>
    </message>
    <message>
        <source>Start-up was interrupted.</source>
        <translation>Se interrumpió el inicio.</translation>
    </message>
</context>
<context>
    <name>ringback::SecretStore</name>
    <message>
        <source>no details</source>
        <translation>sin detalles</translation>
    </message>
    <message>
        <source>No &quot;%1&quot; is saved in the system keychain for the %2 provider.</source>
        <translation>No hay ningún &quot;%1&quot; guardado en el llavero del sistema para el proveedor %2.</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). Allow Ringback to use it, or in headless use set %2 instead.</source>
        <translation>El llavero del sistema denegó el acceso (%1). Permita que Ringback lo use o, si lo usa sin ventana, defina %2.</translation>
    </message>
    <message>
        <source>The system keychain could not remove &quot;%1&quot; (%2).</source>
        <translation>El llavero del sistema no pudo eliminar &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). In headless use, set %2 instead.</source>
        <translation>El llavero del sistema no está disponible (%1). Si usa Ringback sin ventana, defina %2.</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>sin respuesta en %n segundo</numerusform>
            <numerusform>sin respuesta en %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ringback::SimulatorProvider</name>
    <message>
        <source>Simulator running</source>
        <translation>Simulador en marcha</translation>
    </message>
    <message>
        <source>Simulator stopped</source>
        <translation>Simulador detenido</translation>
    </message>
    <message>
        <source>simulated failure: %1</source>
        <translation>falla simulada: %1</translation>
    </message>
    <message>
        <source>the recipient replied STOP to this number</source>
        <translation>el destinatario respondió STOP a este número</translation>
    </message>
    <message>
        <source>the simulator keeps no carrier log without a data folder</source>
        <translation>sin carpeta de datos, el simulador no guarda registro del operador</translation>
    </message>
    <message>
        <source>the carrier has no such message</source>
        <translation>el operador no tiene ese mensaje</translation>
    </message>
    <message>
        <source>Simulator ready: no account needed.</source>
        <translation>Simulador listo: no necesita cuenta.</translation>
    </message>
</context>
<context>
    <name>ringback::StartAtLogin</name>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>No se puede crear la carpeta para %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>No se puede eliminar %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the start-at-login setting to the registry.</source>
        <translation>No se puede guardar en el registro la opción de abrir al iniciar sesión.</translation>
    </message>
    <message>
        <source>Cannot remove the start-at-login setting from the registry.</source>
        <translation>No se puede quitar del registro la opción de abrir al iniciar sesión.</translation>
    </message>
    <message>
        <source>Text back the callers your business missed</source>
        <translation>Responda por mensaje de texto las llamadas que su negocio no contestó</translation>
    </message>
</context>
<context>
    <name>ringback::TelnyxProvider</name>
    <message>
        <source>no details</source>
        <translation>sin detalles</translation>
    </message>
    <message>
        <source>Telnyx refused the message (HTTP %1)</source>
        <translation>Telnyx rechazó el mensaje (HTTP %1)</translation>
    </message>
    <message>
        <source>Telnyx refused the API key (HTTP %1). Check it in Mission Control › API Keys.</source>
        <translation>Telnyx rechazó la clave de API (HTTP %1). Revísela en Mission Control › API Keys.</translation>
    </message>
    <message>
        <source>Telnyx refused the check (HTTP %1: %2).</source>
        <translation>Telnyx rechazó la verificación (HTTP %1: %2).</translation>
    </message>
    <message>
        <source>%1 is not a messaging number on this Telnyx account.</source>
        <translation>%1 no es un número de mensajería de esta cuenta de Telnyx.</translation>
    </message>
    <message>
        <source>%1 is on this Telnyx account but not on the messaging profile %2.</source>
        <translation>%1 está en esta cuenta de Telnyx, pero no en el perfil de mensajería %2.</translation>
    </message>
    <message>
        <source>Connected to Telnyx: the API key works and %1 is on the account.</source>
        <translation>Conectado a Telnyx: la clave de API funciona y %1 está en la cuenta.</translation>
    </message>
    <message>
        <source>The Telnyx settings are incomplete.</source>
        <translation>La configuración de Telnyx está incompleta.</translation>
    </message>
    <message>
        <source>&quot;api_key&quot; is missing (or set RINGBACK_TELNYX_API_KEY).</source>
        <translation>Falta &quot;api_key&quot; (o defina RINGBACK_TELNYX_API_KEY).</translation>
    </message>
    <message>
        <source>&quot;public_key&quot; must be the Base64 Ed25519 public key from Mission Control › Keys &amp; Credentials › Public Key (32 bytes).</source>
        <translation>&quot;public_key&quot; debe ser la clave pública Ed25519 en Base64 de Mission Control › Keys &amp; Credentials › Public Key (32 bytes).</translation>
    </message>
    <message>
        <source>Telnyx needs the webhook receiver, which is not running; texts can go out but no missed calls or replies come in.</source>
        <translation>Telnyx necesita el receptor de webhooks, que no está en marcha; los mensajes pueden salir, pero no entran llamadas perdidas ni respuestas.</translation>
    </message>
    <message>
        <source>Checking the Telnyx account</source>
        <translation>Verificando la cuenta de Telnyx</translation>
    </message>
    <message>
        <source>Receiving Telnyx webhooks at %1</source>
        <translation>Recibiendo webhooks de Telnyx en %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Telnyx refused the API key (HTTP %1)</source>
        <translation>Telnyx rechazó la clave de API (HTTP %1)</translation>
    </message>
    <message>
        <source>Telnyx refused %1 (HTTP %2: %3)</source>
        <translation>Telnyx rechazó la solicitud al %1 (HTTP %2: %3)</translation>
    </message>
    <message>
        <source>catching up on missed calls</source>
        <translation>recuperar las llamadas perdidas</translation>
    </message>
    <message>
        <source>Telnyx sent an unreadable answer while %1 (%2)</source>
        <translation>Telnyx envió una respuesta ilegible al %1 (%2)</translation>
    </message>
    <message>
        <source>Receiving Telnyx webhooks at %1 (%2)</source>
        <extracomment>%1 is the webhook address; %2 what went wrong listing the missed calls.</extracomment>
        <translation>Recibiendo webhooks de Telnyx en %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ringback::Template</name>
    <message>
        <source>Unknown variable %1. Use one of %2.</source>
        <translation>Variable desconocida %1. Use una de estas: %2.</translation>
    </message>
    <message>
        <source>Unknown variable %1: did you mean {%2}?</source>
        <translation>Variable desconocida %1: ¿quiso decir {%2}?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing its closing &quot;}&quot;. Variables look like {first_name}.</source>
        <translation>A &quot;%1&quot; le falta la &quot;}&quot; de cierre. Las variables se escriben así: {first_name}.</translation>
    </message>
    <message>
        <source>A &quot;}&quot; has no matching &quot;{&quot;. Remove it, or complete the variable, like {company}.</source>
        <translation>Hay una &quot;}&quot; sin su &quot;{&quot;. Quítela o complete la variable, por ejemplo {company}.</translation>
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
        <translation>Carlos</translation>
    </message>
    <message>
        <source>within 30 minutes</source>
        <translation>en menos de 30 minutos</translation>
    </message>
    <message>
        <source>Mon-Fri 8am-5pm</source>
        <translation>lun-vie 8am-5pm</translation>
    </message>
    <message>
        <source>This text can&apos;t be sent until the template is fixed. %1</source>
        <translation>Este mensaje no se puede enviar hasta que se corrija la plantilla. %1</translation>
    </message>
</context>
<context>
    <name>ringback::TemplateLinter</name>
    <message>
        <source>Promises a visit today: the office may not be able to keep it. Say when you&apos;ll call back instead.</source>
        <translation>Promete una visita hoy, y puede que la oficina no pueda cumplir. Mejor diga cuándo le devolverán la llamada.</translation>
    </message>
    <message>
        <source>Says an appointment is booked, but nothing is booked yet. Ask what they need and offer to set one up.</source>
        <translation>Dice que ya hay una cita, pero todavía no se ha agendado nada. Pregunte qué necesita y ofrezca agendar una.</translation>
    </message>
    <message>
        <source>Says someone is on the way, but nobody has been sent yet. Say when you&apos;ll call back instead.</source>
        <translation>Dice que alguien va en camino, pero todavía no se ha enviado a nadie. Mejor diga cuándo le devolverán la llamada.</translation>
    </message>
    <message>
        <source>Makes a guarantee the office may not be able to honour. Remove it, or say what you will actually do.</source>
        <translation>Ofrece una garantía que puede que la oficina no pueda cumplir. Quítela o diga lo que realmente van a hacer.</translation>
    </message>
    <message>
        <source>Promises same-day service: the office may not have a slot. Say when you&apos;ll call back instead.</source>
        <translation>Promete servicio el mismo día, y puede que la oficina no tenga espacio. Mejor diga cuándo le devolverán la llamada.</translation>
    </message>
    <message>
        <source>Asks the caller to call, but they just tried to reach you. Ask them to reply by text instead.</source>
        <translation>Le pide al cliente que llame, pero acaba de intentar comunicarse con ustedes. Mejor pídale que responda por mensaje de texto.</translation>
    </message>
    <message>
        <source>A link in the first text looks like spam to carriers and may be filtered. Send links only after the caller replies.</source>
        <translation>Para los operadores, un enlace en el primer mensaje parece spam y puede ser filtrado. Envíe enlaces solo después de que el cliente responda.</translation>
    </message>
    <message>
        <source>At %1 characters this text is over %2 and may be filtered or arrive in pieces. Cut it down to a greeting and one question.</source>
        <translation>Con %1 caracteres, este mensaje pasa de %2 y puede ser filtrado o llegar en partes. Redúzcalo a un saludo y una pregunta.</translation>
    </message>
    <message>
        <source>This text takes %1 segments: &quot;%2&quot; switches it to UCS-2, 70 characters per segment. Replace that character or shorten the text to %3 segments.</source>
        <translation>Este mensaje ocupa %1 segmentos: &quot;%2&quot; lo pasa a UCS-2, de 70 caracteres por segmento. Cambie ese carácter o acorte el mensaje a %3 segmentos.</translation>
    </message>
    <message>
        <source>This text takes %1 segments; carriers may deliver it in pieces. Shorten it to %2 segments.</source>
        <translation>Este mensaje ocupa %1 segmentos; los operadores pueden entregarlo en partes. Acórtelo a %2 segmentos.</translation>
    </message>
    <message>
        <source>Doesn&apos;t ask the caller anything, so there is nothing to reply to. Add a question, like &quot;What can we help you with?&quot;</source>
        <translation>No le pregunta nada al cliente, así que no tiene nada que responder. Agregue una pregunta, como &quot;¿En qué le podemos ayudar?&quot;</translation>
    </message>
    <message>
        <source>Doesn&apos;t say who is texting. Add {company} so the caller knows it&apos;s you.</source>
        <translation>No dice quién escribe. Agregue {company} para que el cliente sepa que son ustedes.</translation>
    </message>
    <message>
        <source>The first text has no opt-out hint, which carriers expect on first contact. Add &quot;Reply STOP to opt out.&quot;</source>
        <translation>El primer mensaje no dice cómo darse de baja, y los operadores lo esperan en el primer contacto. Agregue &quot;Responda STOP para darse de baja.&quot;</translation>
    </message>
</context>
<context>
    <name>ringback::TextBackPolicy</name>
    <message>
        <source>less than a minute ago</source>
        <translation>hace menos de un minuto</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>hace %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>hace %1 h</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin contestar</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>ocupado</translation>
    </message>
    <message>
        <source>went to voicemail</source>
        <translation>pasó al buzón de voz</translation>
    </message>
    <message>
        <source>caller hung up while it rang</source>
        <translation>colgó mientras sonaba</translation>
    </message>
    <message>
        <source>call failed</source>
        <translation>la llamada falló</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>contestada</translation>
    </message>
    <message>
        <source>can&apos;t receive texts (%1 on %2): call back instead</source>
        <translation>no puede recibir mensajes de texto (%1 el %2): mejor devuelva la llamada</translation>
    </message>
    <message numerus="yes">
        <source>quiet hours in the caller&apos;s time zone (%1), sends at %2</source>
        <extracomment>%1 is the name of a time zone, %2 a time of day. Not shown: %n is the hour of %2 (1 for 1:00 PM), so the wording can agree with it, as in Spanish &quot;a la 1:00&quot; but &quot;a las 8:00&quot;.</extracomment>
        <translation>
            <numerusform>horario de silencio en la zona horaria del cliente (%1), se envía a la %2</numerusform>
            <numerusform>horario de silencio en la zona horaria del cliente (%1), se envía a las %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not set to text back</source>
        <translation>%1: no está configurado para responder por texto</translation>
    </message>
    <message numerus="yes">
        <source>hung up after %n second(s): likely a pocket dial</source>
        <translation>
            <numerusform>colgó después de %n segundo: probablemente una llamada por error</numerusform>
            <numerusform>colgó después de %n segundos: probablemente una llamada por error</numerusform>
        </translation>
    </message>
    <message>
        <source>text-back is off for this line</source>
        <translation>la respuesta por texto está desactivada en esta línea</translation>
    </message>
    <message>
        <source>caller withheld their number</source>
        <translation>el cliente ocultó su número</translation>
    </message>
    <message>
        <source>not textable: %1</source>
        <translation>no puede recibir mensajes de texto: %1</translation>
    </message>
    <message>
        <source>not textable: this kind of number cannot receive texts</source>
        <translation>no puede recibir mensajes de texto: este tipo de número no los admite</translation>
    </message>
    <message>
        <source>international number (%1): international texting is off</source>
        <translation>número internacional (%1): los mensajes internacionales están desactivados</translation>
    </message>
    <message>
        <source>marked as spam</source>
        <translation>marcado como spam</translation>
    </message>
    <message>
        <source>blocked number</source>
        <translation>número bloqueado</translation>
    </message>
    <message>
        <source>known contact or vendor</source>
        <translation>contacto o proveedor conocido</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>se dio de baja</translation>
    </message>
    <message>
        <source>probable opt-out waiting for review</source>
        <translation>posible baja pendiente de revisión</translation>
    </message>
    <message numerus="yes">
        <source>called %n time(s) in %1 min and never texted back: likely a robocaller</source>
        <translation>
            <numerusform>llamó %n vez en %1 min y nunca respondió por texto: probablemente una llamada automática</numerusform>
            <numerusform>llamó %n veces en %1 min y nunca respondió por texto: probablemente una llamada automática</numerusform>
        </translation>
    </message>
    <message>
        <source>repeat call: already texted %1</source>
        <translation>llamada repetida: ya se le escribió %1</translation>
    </message>
    <message>
        <source>conversation active (last message %1)</source>
        <translation>conversación activa (último mensaje %1)</translation>
    </message>
    <message>
        <source>missed while Ringback was closed: call back instead</source>
        <translation>perdida mientras Ringback estaba cerrado: mejor devuelva la llamada</translation>
    </message>
    <message>
        <source>reported %1, too late to text: call back instead</source>
        <translation>reportada %1, ya es tarde para escribir: mejor devuelva la llamada</translation>
    </message>
    <message>
        <source>during business hours: this line texts back only when closed</source>
        <translation>en horario de atención: esta línea solo responde por texto fuera de horario</translation>
    </message>
    <message>
        <source>business hours</source>
        <translation>horario de atención</translation>
    </message>
    <message>
        <source>after hours</source>
        <translation>fuera de horario</translation>
    </message>
    <message>
        <source>closed for a holiday</source>
        <translation>cerrado por día festivo</translation>
    </message>
    <message>
        <source>opted out (%1)</source>
        <translation>se dio de baja (%1)</translation>
    </message>
</context>
<context>
    <name>ringback::TwilioProvider</name>
    <message>
        <source>an entry of &quot;%1&quot; is not an object</source>
        <translation>una entrada de &quot;%1&quot; no es un objeto</translation>
    </message>
    <message>
        <source>an entry of &quot;%1&quot; has no sid</source>
        <translation>una entrada de &quot;%1&quot; no tiene sid</translation>
    </message>
    <message>
        <source>the message has no sid</source>
        <translation>el mensaje no tiene sid</translation>
    </message>
    <message>
        <source>the account has no sid</source>
        <translation>la cuenta no tiene sid</translation>
    </message>
    <message>
        <source>&quot;account_sid&quot; must be AC followed by 32 hexadecimal characters (Twilio Console, Account Info).</source>
        <translation>&quot;account_sid&quot; debe ser AC seguido de 32 caracteres hexadecimales (Twilio Console, Account Info).</translation>
    </message>
    <message>
        <source>&quot;auth_token&quot; is missing (or set RINGBACK_TWILIO_AUTH_TOKEN).</source>
        <translation>Falta &quot;auth_token&quot; (o defina RINGBACK_TWILIO_AUTH_TOKEN).</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Twilio refused the Account SID or Auth Token (401)</source>
        <translation>Twilio rechazó el Account SID o el Auth Token (401)</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>sin detalles</translation>
    </message>
    <message>
        <source>%1 is not a number on this Twilio account.</source>
        <translation>%1 no es un número de esta cuenta de Twilio.</translation>
    </message>
    <message>
        <source>Connected to Twilio: the account works and %1 is on it.</source>
        <translation>Conectado a Twilio: la cuenta funciona y %1 está en ella.</translation>
    </message>
    <message>
        <source>Connected to Twilio account “%1”: %2 is on it.</source>
        <translation>Conectado a la cuenta de Twilio “%1”: %2 está en ella.</translation>
    </message>
    <message>
        <source>Twilio refused the Account SID or Auth Token.</source>
        <translation>Twilio rechazó el Account SID o el Auth Token.</translation>
    </message>
    <message>
        <source>Twilio has no account %1 for these credentials.</source>
        <translation>Twilio no tiene ninguna cuenta %1 con estas credenciales.</translation>
    </message>
    <message>
        <source>Twilio refused the check (HTTP %1: %2).</source>
        <translation>Twilio rechazó la verificación (HTTP %1: %2).</translation>
    </message>
    <message>
        <source>The Twilio settings are incomplete.</source>
        <translation>La configuración de Twilio está incompleta.</translation>
    </message>
    <message>
        <source>The Twilio account is %1, not active.</source>
        <translation>La cuenta de Twilio está %1, no activa.</translation>
    </message>
    <message>
        <source>cannot reach Twilio Lookup: %1</source>
        <translation>no se puede conectar con Twilio Lookup: %1</translation>
    </message>
    <message>
        <source>Twilio Lookup refused it (HTTP %1%2: %3)</source>
        <translation>Twilio Lookup rechazó la consulta (HTTP %1%2: %3)</translation>
    </message>
    <message>
        <source>Twilio sent an answer Ringback cannot read (%1)</source>
        <translation>Twilio envió una respuesta que Ringback no puede leer (%1)</translation>
    </message>
    <message>
        <source>Twilio says the number is not valid</source>
        <translation>Twilio dice que el número no es válido</translation>
    </message>
    <message>
        <source>Twilio Lookup error 60601: this country needs Twilio&apos;s approval first</source>
        <translation>Error 60601 de Twilio Lookup: este país necesita primero la aprobación de Twilio</translation>
    </message>
    <message>
        <source>Twilio Lookup error %1</source>
        <translation>Error %1 de Twilio Lookup</translation>
    </message>
    <message>
        <source>Twilio did not say the line type</source>
        <translation>Twilio no indicó el tipo de línea</translation>
    </message>
    <message>
        <source>the Twilio settings are incomplete</source>
        <translation>la configuración de Twilio está incompleta</translation>
    </message>
</context>
<context>
    <name>ringback::UrgencyTriage</name>
    <message>
        <source>gas smell</source>
        <translation>olor a gas</translation>
    </message>
    <message>
        <source>carbon monoxide</source>
        <translation>monóxido de carbono</translation>
    </message>
    <message>
        <source>burning smell</source>
        <translation>olor a quemado</translation>
    </message>
    <message>
        <source>sparks</source>
        <translation>chispas</translation>
    </message>
    <message>
        <source>smoke</source>
        <translation>humo</translation>
    </message>
    <message>
        <source>flooding</source>
        <translation>inundación</translation>
    </message>
    <message>
        <source>burst pipe</source>
        <translation>tubería rota</translation>
    </message>
    <message>
        <source>sewage backup</source>
        <translation>aguas negras</translation>
    </message>
    <message>
        <source>leak</source>
        <translation>fuga</translation>
    </message>
    <message>
        <source>water damage</source>
        <translation>daños por agua</translation>
    </message>
    <message>
        <source>no heat</source>
        <translation>sin calefacción</translation>
    </message>
    <message>
        <source>no AC</source>
        <translation>sin aire acondicionado</translation>
    </message>
    <message>
        <source>no hot water</source>
        <translation>sin agua caliente</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>emergencia</translation>
    </message>
    <message>
        <source>elderly resident</source>
        <translation>persona mayor</translation>
    </message>
    <message>
        <source>medical equipment</source>
        <translation>equipo médico</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>mismo día</translation>
    </message>
    <message>
        <source>commercial location</source>
        <translation>local comercial</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>expected &quot;severity | label | phrases&quot;, for example &quot;2 | leak | leak, leaking&quot;</source>
        <translation>se esperaba &quot;gravedad | etiqueta | frases&quot;, por ejemplo &quot;2 | fuga | fuga, gotera&quot;</translation>
    </message>
    <message>
        <source>the severity must be 1 (high), 2 (urgent) or 3 (soon), not &quot;%1&quot;</source>
        <translation>la gravedad debe ser 1 (alta), 2 (urgente) o 3 (pronto), no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the rule has no label</source>
        <translation>la regla no tiene etiqueta</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no letters or digits</source>
        <translation>&quot;%1&quot; no tiene letras ni dígitos</translation>
    </message>
    <message>
        <source>the rule &quot;%1&quot; has no phrases</source>
        <translation>la regla &quot;%1&quot; no tiene frases</translation>
    </message>
    <message>
        <source>matched: %1</source>
        <translation>menciona %1</translation>
    </message>
</context>
<context>
    <name>ringback::gui::BookDialog</name>
    <message>
        <source>Booked</source>
        <translation>Cita agendada</translation>
    </message>
    <message>
        <source>Book a job for %1.</source>
        <translation>Agendar una cita para %1.</translation>
    </message>
    <message>
        <source>Date and time of the job</source>
        <translation>Fecha y hora del trabajo</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>Booking note</source>
        <translation>Nota de la cita</translation>
    </message>
    <message>
        <source>Optional, e.g. bring the long ladder</source>
        <translation>Opcional, p. ej., llevar la escalera larga</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Save a calendar file (.ics) afterwards</source>
        <translation>&amp;Guardar después un archivo de calendario (.ics)</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <extracomment>Button: record the booking.</extracomment>
        <translation>&amp;Agendar</translation>
    </message>
</context>
<context>
    <name>ringback::gui::ConversationDelegate</name>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Dado de baja</translation>
    </message>
</context>
<context>
    <name>ringback::gui::ConversationListModel</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n sin leer</numerusform>
            <numerusform>%n sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Urgent: %1</source>
        <translation>Urgente: %1</translation>
    </message>
    <message>
        <source>Opted out of texts: %1</source>
        <translation>Dado de baja de los mensajes: %1</translation>
    </message>
</context>
<context>
    <name>ringback::gui::DashboardChart</name>
    <message>
        <source>Missed calls, replies and recovered leads per day</source>
        <translation>Llamadas perdidas, respuestas y clientes recuperados por día</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>Day labels of the dashboard chart and table (Qt date format): &quot;4 Mar&quot;.</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Missed calls</source>
        <translation>Llamadas perdidas</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Recuperados</translation>
    </message>
    <message numerus="yes">
        <source>%n missed call(s)</source>
        <translation>
            <numerusform>%n llamada perdida</numerusform>
            <numerusform>%n llamadas perdidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recovered</source>
        <translation>
            <numerusform>%n recuperado</numerusform>
            <numerusform>%n recuperados</numerusform>
        </translation>
    </message>
    <message>
        <source>No figures yet.</source>
        <translation>Todavía no hay cifras.</translation>
    </message>
    <message>
        <source>%1 to %2: %3, %4, %5.</source>
        <translation>Del %1 al %2: %3, %4, %5.</translation>
    </message>
    <message>
        <source>Busiest day: %1, with %2.</source>
        <translation>Día con más actividad: %1, con %2.</translation>
    </message>
</context>
<context>
    <name>ringback::gui::DashboardTableModel</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Missed calls</source>
        <translation>Llamadas perdidas</translation>
    </message>
    <message>
        <source>Texts sent</source>
        <translation>Mensajes enviados</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>Tasa de respuesta</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Recuperados</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Citas agendadas</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgentes</translation>
    </message>
</context>
<context>
    <name>ringback::gui::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Missed calls</source>
        <translation>Llamadas perdidas</translation>
    </message>
    <message>
        <source>Texts sent</source>
        <translation>Mensajes enviados</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Recovered</source>
        <extracomment>Leads won back: the caller replied or the office reached them.</extracomment>
        <translation>Recuperados</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Citas agendadas</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgentes</translation>
    </message>
    <message>
        <source>No next step</source>
        <extracomment>Leads nobody is working on (not in the call-back queue, not booked).</extracomment>
        <translation>Sin próximo paso</translation>
    </message>
    <message>
        <source>Estimated recovered revenue</source>
        <translation>Ingresos recuperados estimados</translation>
    </message>
    <message>
        <source>Show as &amp;table</source>
        <translation>Mostrar como &amp;tabla</translation>
    </message>
    <message>
        <source>Show the chart&apos;s numbers as a table</source>
        <translation>Mostrar las cifras del gráfico como tabla</translation>
    </message>
    <message>
        <source>Figures per day</source>
        <translation>Cifras por día</translation>
    </message>
    <message>
        <source>&amp;Held, not texted</source>
        <translation>&amp;Retenidas, sin mensaje</translation>
    </message>
    <message>
        <source>Calls held, not texted, by reason</source>
        <translation>Llamadas retenidas sin mensaje, por motivo</translation>
    </message>
    <message>
        <source>No missed call was held back in this period.</source>
        <translation>Ninguna llamada perdida quedó retenida en este periodo.</translation>
    </message>
    <message>
        <source>Could not read the figures: %1</source>
        <translation>No se pudieron leer las cifras: %1</translation>
    </message>
    <message>
        <source>%1 reply rate</source>
        <translation>%1 de respuesta</translation>
    </message>
    <message numerus="yes">
        <source>of %n missed-call lead(s)</source>
        <translation>
            <numerusform>de %n cliente con llamada perdida</numerusform>
            <numerusform>de %n clientes con llamada perdida</numerusform>
        </translation>
    </message>
    <message>
        <source>right now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>Set your average job value in Settings</source>
        <translation>Indique el valor promedio de un trabajo en Configuración</translation>
    </message>
    <message>
        <source>%1 recovered × %2</source>
        <translation>%1 recuperados × %2</translation>
    </message>
    <message>
        <source>Updating the figures…</source>
        <translation>Actualizando las cifras…</translation>
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
        <translation>Número desconocido</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Queued (retrying: %1)</source>
        <translation>En cola (reintentando: %1)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>No se envió</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>No se envió: %1</translation>
    </message>
    <message>
        <source>Missed call (%1)</source>
        <translation>Llamada perdida (%1)</translation>
    </message>
    <message>
        <source>Answered call (%1 min %2 s)</source>
        <translation>Llamada contestada (%1 min %2 s)</translation>
    </message>
    <message>
        <source>Answered call (%1 s)</source>
        <translation>Llamada contestada (%1 s)</translation>
    </message>
    <message>
        <source>texted</source>
        <translation>se envió texto</translation>
    </message>
    <message>
        <source>not texted</source>
        <translation>no se envió texto</translation>
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
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Automatic text</source>
        <translation>Mensaje automático</translation>
    </message>
    <message>
        <source>Text from the office</source>
        <translation>Mensaje de la oficina</translation>
    </message>
    <message>
        <source>System message</source>
        <translation>Mensaje del sistema</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Respondió</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>Llamada devuelta</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Cita agendada</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Consultando</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>Sign-in failed — check settings</source>
        <translation>Error al iniciar sesión: revise la configuración</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>No funciona</translation>
    </message>
</context>
<context>
    <name>ringback::gui::GeneralPage</name>
    <message>
        <source>Start Ringback when I &amp;log in</source>
        <translation>Abrir Ringback al &amp;iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer copia de seguridad ahora…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <source>Start Ringback when I log in</source>
        <translation>Abrir Ringback al iniciar sesión</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Saves a complete copy of the conversations database to a file you choose, without stopping Ringback.</source>
        <translation>Guarda una copia completa de la base de datos de conversaciones en el archivo que elija, sin detener Ringback.</translation>
    </message>
    <message>
        <source>A new language shows when you restart Ringback.</source>
        <translation>El cambio de idioma se aplica al reiniciar Ringback.</translation>
    </message>
    <message>
        <source>The new language shows when you restart Ringback.</source>
        <translation>El nuevo idioma se aplicará cuando reinicie Ringback.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>La base de datos no está abierta.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Copia de seguridad guardada en %1.</translation>
    </message>
    <message>
        <source>Back up Ringback</source>
        <translation>Copia de seguridad de Ringback</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite)</source>
        <translation>Base de datos SQLite (*.sqlite)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Copia de seguridad en curso</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Haciendo una copia de seguridad en %1…</translation>
    </message>
</context>
<context>
    <name>ringback::gui::HeldReasonsModel</name>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
</context>
<context>
    <name>ringback::gui::HoursPage</name>
    <message>
        <source>Text back only &amp;after hours</source>
        <translation>Responder por texto solo &amp;fuera de horario</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Type part of a city to search, e.g. Chicago.</source>
        <translation>Escriba parte del nombre de una ciudad para buscar, p. ej., Chicago.</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horario de atención</translation>
    </message>
    <message>
        <source>Open on %1</source>
        <translation>Abierto el %1</translation>
    </message>
    <message>
        <source>%1 opens at</source>
        <translation>El %1 abre a las</translation>
    </message>
    <message>
        <source>%1 closes at</source>
        <translation>El %1 cierra a las</translation>
    </message>
    <message>
        <source>00:00 means midnight at the end of the day.</source>
        <translation>00:00 significa la medianoche al final del día.</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the opening and closing time of a day.</extracomment>
        <translation>a</translation>
    </message>
    <message>
        <source>Closures and holidays</source>
        <translation>Cierres y días festivos</translation>
    </message>
    <message>
        <source>Closures</source>
        <translation>Cierres</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Closure date</source>
        <translation>Fecha del cierre</translation>
    </message>
    <message>
        <source>e.g. Christmas</source>
        <translation>p. ej., Navidad</translation>
    </message>
    <message>
        <source>Closure name</source>
        <translation>Nombre del cierre</translation>
    </message>
    <message>
        <source>A&amp;dd closure</source>
        <translation>&amp;Agregar cierre</translation>
    </message>
    <message>
        <source>Re&amp;move closure</source>
        <translation>&amp;Quitar cierre</translation>
    </message>
    <message>
        <source>Text back only after hours</source>
        <translation>Responder por texto solo fuera de horario</translation>
    </message>
    <message>
        <source>When on, missed calls during opening hours get no automatic text: someone is there to call back.</source>
        <translation>Si está activado, las llamadas perdidas en horario de atención no reciben mensaje automático: hay alguien para devolver la llamada.</translation>
    </message>
    <message>
        <source>This day has a break; it is kept unless you change the times.</source>
        <translation>Este día tiene un descanso; se mantiene a menos que cambie los horarios.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone; pick one from the list.</source>
        <translation>&quot;%1&quot; no es una zona horaria; elija una de la lista.</translation>
    </message>
    <message>
        <source>On %1 the closing time must be after the opening time.</source>
        <translation>El %1, la hora de cierre debe ser posterior a la de apertura.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
</context>
<context>
    <name>ringback::gui::LeadPanel</name>
    <message>
        <source>&amp;Name:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>Caller&apos;s name</source>
        <translation>Nombre de quien llamó</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Job address</source>
        <translation>Dirección del trabajo</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Servicio:</translation>
    </message>
    <message>
        <source>Service needed</source>
        <extracomment>The kind of job the caller needs, e.g. &quot;water heater&quot;.</extracomment>
        <translation>Servicio que necesita</translation>
    </message>
    <message>
        <source>Notes about the job</source>
        <translation>Notas sobre el trabajo</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Lead state</source>
        <translation>Estado del cliente potencial</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the lead details</source>
        <translation>Guardar los datos del cliente potencial</translation>
    </message>
    <message>
        <source>Handled by %1, %2</source>
        <extracomment>%1: a person in the office; %2: date and time.</extracomment>
        <translation>Atendido por %1, %2</translation>
    </message>
    <message>
        <source>Not handled yet</source>
        <translation>Todavía sin atender</translation>
    </message>
    <message>
        <source>Booked for %1</source>
        <translation>Cita agendada para el %1</translation>
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
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Conversation details</source>
        <translation>Detalles de la conversación</translation>
    </message>
    <message>
        <source>Conversation thread</source>
        <translation>Mensajes de la conversación</translation>
    </message>
    <message>
        <source>Reply box</source>
        <translation>Cuadro de respuesta</translation>
    </message>
    <message>
        <source>Provider connection</source>
        <translation>Conexión con el proveedor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Export &amp;opt-out ledger…</source>
        <translation>Exportar registro de &amp;bajas…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;All conversations</source>
        <translation>&amp;Todas las conversaciones</translation>
    </message>
    <message>
        <source>&amp;Unread</source>
        <translation>&amp;No leídas</translation>
    </message>
    <message>
        <source>Ur&amp;gent</source>
        <translation>&amp;Urgentes</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Ninguna conversación seleccionada</translation>
    </message>
    <message>
        <source>Pick a caller on the left to read the thread and reply.</source>
        <translation>Elija un cliente a la izquierda para leer la conversación y responder.</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Urgent: %1</source>
        <translation>Urgente: %1</translation>
    </message>
    <message>
        <source>Opted out of texts</source>
        <translation>Se dio de baja de los mensajes</translation>
    </message>
    <message>
        <source>May have opted out: review before texting</source>
        <translation>Posible baja: revise antes de escribirle</translation>
    </message>
    <message>
        <source>Export opt-out ledger</source>
        <translation>Exportar registro de bajas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Opt-out ledger saved to %1</source>
        <translation>Registro de bajas guardado en %1</translation>
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
        <translation>&amp;Conversación</translation>
    </message>
    <message>
        <source>Mark as &amp;spam</source>
        <translation>Marcar como &amp;spam</translation>
    </message>
    <message>
        <source>&amp;Not spam</source>
        <translation>&amp;No es spam</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Set caller&apos;s &amp;name…</source>
        <translation>Nombre de quien &amp;llamó…</translation>
    </message>
    <message>
        <source>Caller&apos;s name</source>
        <translation>Nombre de quien llamó</translation>
    </message>
    <message>
        <source>Name for %1:</source>
        <translation>Nombre para %1:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>No leídas</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Restart Ringback</source>
        <translation>Reiniciar Ringback</translation>
    </message>
    <message>
        <source>Quit Ringback and start it again to use these settings. Until then it keeps texting back with the settings it started with.</source>
        <translation>Cierre Ringback y vuelva a abrirlo para usar esta configuración. Hasta entonces, sigue respondiendo por texto con la configuración con la que se inició.</translation>
    </message>
    <message>
        <source>Settings saved. Ringback uses them from now on.</source>
        <translation>Configuración guardada. Ringback la usa a partir de ahora.</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>&amp;Plantillas…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>Next &amp;unread conversation</source>
        <translation>Siguiente conversación &amp;no leída</translation>
    </message>
    <message>
        <source>Next u&amp;rgent conversation</source>
        <translation>Siguiente conversación &amp;urgente</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Responder</translation>
    </message>
    <message>
        <source>No other urgent conversation.</source>
        <translation>No hay otra conversación urgente.</translation>
    </message>
    <message>
        <source>No other unread conversation.</source>
        <translation>No hay otra conversación no leída.</translation>
    </message>
    <message>
        <source>Ringback keeps running</source>
        <translation>Ringback sigue en marcha</translation>
    </message>
    <message>
        <source>Ringback is still texting back missed callers and will tell you about replies. Click its icon in the system tray to open the window again; to stop it, choose Quit in the File menu or the tray icon&apos;s menu.</source>
        <translation>Ringback sigue respondiendo por texto a las llamadas perdidas y le avisará de las respuestas. Haga clic en su icono en la bandeja del sistema para volver a abrir la ventana; para detenerlo, elija Salir en el menú Archivo o en el menú del icono de la bandeja.</translation>
    </message>
    <message>
        <source>Needs call-back</source>
        <translation>Por devolver llamada</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Citas agendadas</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Dados de baja</translation>
    </message>
    <message>
        <source>Call-back queue</source>
        <translation>Cola de llamadas</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>&amp;Needs call-back</source>
        <translation>Por &amp;devolver llamada</translation>
    </message>
    <message>
        <source>&amp;Booked</source>
        <translation>&amp;Citas agendadas</translation>
    </message>
    <message>
        <source>&amp;Opted out</source>
        <translation>Dados de &amp;baja</translation>
    </message>
    <message>
        <source>Call-back &amp;queue</source>
        <translation>C&amp;ola de llamadas</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Pan&amp;el</translation>
    </message>
    <message>
        <source>&amp;Called back – reached</source>
        <translation>Llamada devuelta – &amp;atendió</translation>
    </message>
    <message>
        <source>Leads with no next step</source>
        <translation>Clientes potenciales sin próximo paso</translation>
    </message>
    <message>
        <source>Real leads (a missed call or a reply) that are not booked, lost or spam, not waiting in the call-back queue and not snoozed.</source>
        <translation>Clientes potenciales reales (una llamada perdida o una respuesta) que no tienen cita, no se perdieron ni son spam, no esperan en la cola de llamadas y no están pospuestos.</translation>
    </message>
    <message>
        <source>Leads with no next step: %1</source>
        <translation>Clientes potenciales sin próximo paso: %1</translation>
    </message>
    <message>
        <source>Marked as called back.</source>
        <translation>Marcado como llamada devuelta.</translation>
    </message>
    <message>
        <source>&amp;Previous unread conversation</source>
        <translation>&amp;Anterior conversación no leída</translation>
    </message>
    <message>
        <source>Pre&amp;vious urgent conversation</source>
        <translation>Anterior con&amp;versación urgente</translation>
    </message>
    <message>
        <source>Number can &amp;receive texts again</source>
        <extracomment>Conversation menu: the office says the number is not a landline after all.</extracomment>
        <translation>El número puede &amp;recibir mensajes otra vez</translation>
    </message>
    <message>
        <source>%1 can receive texts again: automatic texts resume.</source>
        <translation>%1 puede volver a recibir mensajes de texto: se reanudan los mensajes automáticos.</translation>
    </message>
    <message>
        <source>Marked &quot;can&apos;t receive texts&quot; on %1 (%2). Choose this if the number can get texts after all.</source>
        <extracomment>Status tip of &quot;Number can receive texts again&quot;. %1: a date, %2: why, e.g. &quot;Twilio 30006: Landline or unreachable carrier&quot; or &quot;landline&quot;.</extracomment>
        <translation>Marcado como &quot;no puede recibir mensajes de texto&quot; el %1 (%2). Elija esta opción si el número sí puede recibir mensajes.</translation>
    </message>
    <message>
        <source>Screened</source>
        <translation>Filtrados</translation>
    </message>
    <message>
        <source>Callers held as likely pocket dials or robocallers: not texted and not in the call-back queue. The reason is beside each call.</source>
        <translation>Llamadas retenidas por ser probablemente marcaciones accidentales o llamadas automáticas: no se les escribe y no entran en la cola de llamadas. El motivo aparece junto a cada llamada.</translation>
    </message>
    <message>
        <source>Sc&amp;reened</source>
        <translation>&amp;Filtrados</translation>
    </message>
    <message>
        <source>Saving the opt-out ledger…</source>
        <translation>Guardando el registro de bajas…</translation>
    </message>
</context>
<context>
    <name>ringback::gui::MediaCache</name>
    <message>
        <source>The file is no longer on this computer (%1).</source>
        <translation>El archivo ya no está en esta computadora (%1).</translation>
    </message>
    <message>
        <source>It is %1, more than the %2 Ringback opens.</source>
        <translation>Pesa %1, más de los %2 que abre Ringback.</translation>
    </message>
    <message>
        <source>It is not a picture Ringback can read (%1).</source>
        <translation>No es una imagen que Ringback pueda leer (%1).</translation>
    </message>
    <message>
        <source>Ringback cannot open this kind of address: %1</source>
        <translation>Ringback no puede abrir este tipo de dirección: %1</translation>
    </message>
    <message>
        <source>Ringback fetches files only over a secure connection (https): %1</source>
        <translation>Ringback solo descarga archivos por una conexión segura (https): %1</translation>
    </message>
    <message>
        <source>It could not be downloaded: the server sent it elsewhere.</source>
        <translation>No se pudo descargar: el servidor lo envió a otro lugar.</translation>
    </message>
    <message>
        <source>It is more than the %1 Ringback opens.</source>
        <translation>Pesa más de los %1 que abre Ringback.</translation>
    </message>
    <message>
        <source>The provider keeps it behind its sign-in (%1), and it was not downloaded when the message arrived.</source>
        <translation>El proveedor lo guarda tras su inicio de sesión (%1) y no se descargó cuando llegó el mensaje.</translation>
    </message>
    <message>
        <source>It could not be downloaded: %1</source>
        <translation>No se pudo descargar: %1</translation>
    </message>
    <message>
        <source>It was downloaded but could not be kept on this computer (%1).</source>
        <translation>Se descargó, pero no se pudo guardar en esta computadora (%1).</translation>
    </message>
    <message>
        <source>The photo has not been loaded yet.</source>
        <translation>La foto todavía no se ha cargado.</translation>
    </message>
</context>
<context>
    <name>ringback::gui::NavigationPane</name>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n conversation(s)</source>
        <extracomment>Read by screen readers for a view with its count: &quot;Unread, 12 conversations&quot;.</extracomment>
        <translation>
            <numerusform>%1, %n conversación</numerusform>
            <numerusform>%1, %n conversaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ringback::gui::NotificationBanner</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>New reply</source>
        <translation>Nueva respuesta</translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation>Abrir la conversación</translation>
    </message>
    <message>
        <source>Dismiss notification</source>
        <translation>Descartar notificación</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>ringback::gui::NotificationPolicy</name>
    <message>
        <source>Urgent: %1</source>
        <translation>Urgente: %1</translation>
    </message>
    <message>
        <source>Sent a photo or file</source>
        <translation>Envió una foto o un archivo</translation>
    </message>
    <message>
        <source>%1 (opted out of texts)</source>
        <translation>%1 (dado de baja de los mensajes)</translation>
    </message>
</context>
<context>
    <name>ringback::gui::NumberImport</name>
    <message>
        <source>Row %1 opens a quote that is never closed.</source>
        <translation>La fila %1 abre unas comillas que nunca se cierran.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; nothing was imported.</source>
        <translation>El archivo pesa más de %1 MB; no se importó nada.</translation>
    </message>
    <message>
        <source>The file is not a text (CSV) file; nothing was imported.</source>
        <translation>El archivo no es de texto (CSV); no se importó nada.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it as &quot;CSV UTF-8&quot; and try again. Nothing was imported.</source>
        <translation>El archivo no es texto UTF-8; guárdelo como &quot;CSV UTF-8&quot; y vuelva a intentarlo. No se importó nada.</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 No se importó nada.</translation>
    </message>
    <message>
        <source>The file has no rows; nothing was imported.</source>
        <translation>El archivo no tiene filas; no se importó nada.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The database is busy; nothing was imported. Try again.</source>
        <translation>La base de datos está ocupada; no se importó nada. Vuelva a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n agregado</numerusform>
            <numerusform>%n agregados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already listed</source>
        <translation>
            <numerusform>%n ya estaba en la lista</numerusform>
            <numerusform>%n ya estaban en la lista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not phone numbers (rows %1)</source>
        <extracomment>%1 lists row numbers of the file, e.g. &quot;4, 9, 12&quot;.</extracomment>
        <translation>
            <numerusform>%n no es un número de teléfono (fila %1)</numerusform>
            <numerusform>%n no son números de teléfono (filas %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ringback::gui::NumbersPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Blocked numbers</source>
        <translation>Números bloqueados</translation>
    </message>
    <message>
        <source>Known contacts</source>
        <translation>Contactos conocidos</translation>
    </message>
    <message>
        <source>Number list</source>
        <translation>Lista de números</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Lista:</translation>
    </message>
    <message>
        <source>Numbers in the list</source>
        <translation>Números de la lista</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Name or note</source>
        <translation>Nombre o nota</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <source>Number to add</source>
        <translation>Número para agregar</translation>
    </message>
    <message>
        <source>Name or note (optional)</source>
        <translation>Nombre o nota (opcional)</translation>
    </message>
    <message>
        <source>A CSV file with a number column and an optional name or note column; a header row is optional.</source>
        <translation>Un archivo CSV con una columna de números y, si quiere, una de nombre o nota; la fila de encabezado es opcional.</translation>
    </message>
    <message>
        <source>Blocked numbers never get a text. Known contacts (suppliers, family) get no automatic text. Changes here take effect at once.</source>
        <translation>Los números bloqueados nunca reciben mensajes. Los contactos conocidos (proveedores, familia) no reciben mensajes automáticos. Los cambios aquí se aplican de inmediato.</translation>
    </message>
    <message>
        <source>The number lists are available while Ringback runs.</source>
        <translation>Las listas de números están disponibles mientras Ringback está en marcha.</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 ya está en la lista.</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>Se agregó %1.</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>Se quitó %1.</translation>
    </message>
    <message>
        <source>Import numbers</source>
        <translation>Importar números</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
</context>
<context>
    <name>ringback::gui::OfficePage</name>
    <message>
        <source>&amp;Company name:</source>
        <translation>Nombre de la &amp;empresa:</translation>
    </message>
    <message>
        <source>How texts name your business: {company} in the templates.</source>
        <translation>Cómo se nombra su negocio en los mensajes: {company} en las plantillas.</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>&amp;Firmado por:</translation>
    </message>
    <message>
        <source>Who signs the texts: {agent} in the templates. May be empty.</source>
        <translation>Quién firma los mensajes: {agent} en las plantillas. Puede quedar vacío.</translation>
    </message>
    <message>
        <source>Call-back &amp;promise:</source>
        <translation>Plazo para devolver la &amp;llamada:</translation>
    </message>
    <message>
        <source>When you promise to call back, e.g. &quot;within 30 minutes&quot;: {callback_window}.</source>
        <translation>Cuándo promete devolver la llamada, p. ej., &quot;en menos de 30 minutos&quot;: {callback_window}.</translation>
    </message>
    <message>
        <source>Home &amp;region:</source>
        <translation>&amp;Región local:</translation>
    </message>
    <message>
        <source>Two-letter country code. Numbers typed without +country are read in it, and numbers outside it count as international.</source>
        <translation>Código de país de dos letras. Los números escritos sin +código de país se interpretan en esta región, y los de fuera cuentan como internacionales.</translation>
    </message>
    <message>
        <source>Average &amp;job value:</source>
        <translation>&amp;Valor promedio de un trabajo:</translation>
    </message>
    <message>
        <source>What a booked job is worth on average; the dashboard multiplies recovered leads by it.</source>
        <translation>Lo que vale en promedio un trabajo agendado; el panel lo multiplica por los clientes recuperados.</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Su nombre:</translation>
    </message>
    <message>
        <source>Shown as &quot;handled by&quot; on the leads you work on this computer.</source>
        <translation>Aparece como &quot;atendido por&quot; en los clientes que atienda en esta computadora.</translation>
    </message>
    <message>
        <source>Enter the company name: texts use it.</source>
        <translation>Escriba el nombre de la empresa: los mensajes lo usan.</translation>
    </message>
    <message>
        <source>The home region must be a two-letter country code such as US.</source>
        <translation>La región local debe ser un código de país de dos letras, como US.</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
</context>
<context>
    <name>ringback::gui::OptOutBar</name>
    <message>
        <source>&amp;Confirm opt-out</source>
        <translation>&amp;Confirmar baja</translation>
    </message>
    <message>
        <source>&amp;Not an opt-out</source>
        <translation>&amp;No es una baja</translation>
    </message>
    <message>
        <source>Opt-out status</source>
        <translation>Estado de baja</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Confirm opt-out</source>
        <translation>Confirmar baja</translation>
    </message>
    <message>
        <source>Record the opt-out and send the one confirmation text. Nothing else is sent to this number.</source>
        <translation>Registra la baja y envía el único mensaje de confirmación. No se enviará nada más a este número.</translation>
    </message>
    <message>
        <source>Not an opt-out</source>
        <translation>No es una baja</translation>
    </message>
    <message>
        <source>The reply does not ask to stop texts: automatic texts resume.</source>
        <translation>La respuesta no pide dejar de recibir mensajes: se reanudan los mensajes automáticos.</translation>
    </message>
    <message>
        <source>Probable opt-out: “%1”</source>
        <translation>Posible baja: “%1”</translation>
    </message>
    <message>
        <source>Opted out on %1 (%2)</source>
        <translation>Dado de baja el %1 (%2)</translation>
    </message>
    <message>
        <source>Opted out of texts (%1)</source>
        <translation>Dado de baja de los mensajes (%1)</translation>
    </message>
    <message>
        <source>Automatic texts to this number are on hold until someone confirms the opt-out or marks the reply as not one.</source>
        <translation>Los mensajes automáticos a este número quedan en pausa hasta que alguien confirme la baja o marque que la respuesta no es una baja.</translation>
    </message>
</context>
<context>
    <name>ringback::gui::PhotoViewer</name>
    <message>
        <source>About this attachment</source>
        <translation>Acerca de este archivo adjunto</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>The attachment before this one (Left)</source>
        <translation>El archivo adjunto anterior (flecha izquierda)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>The attachment after this one (Right)</source>
        <translation>El archivo adjunto siguiente (flecha derecha)</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>Save a copy of the file as it was received (Ctrl+S)</source>
        <translation>Guardar una copia del archivo tal como se recibió (Ctrl+S)</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Archivo adjunto %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Couldn&apos;t load photo: %1</source>
        <translation>No se pudo cargar la foto: %1</translation>
    </message>
    <message>
        <source>Couldn&apos;t load the file: %1</source>
        <translation>No se pudo cargar el archivo: %1</translation>
    </message>
    <message>
        <source>This is a %1 (%2, %3). Ringback shows photos only: save it to open it with another program.</source>
        <translation>Tipo de archivo: %1 (%2, %3). Ringback solo muestra fotos: guárdelo para abrirlo con otro programa.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels · %3</source>
        <extracomment>Under a photo: its size in pixels and in bytes (&quot;1200 × 900 pixels · 240 KiB&quot;).</extracomment>
        <translation>%1 × %2 píxeles · %3</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>adjunto</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Guardar archivo adjunto</translation>
    </message>
    <message>
        <source>%1 (*.%2);;All files (*)</source>
        <translation>%1 (*.%2);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Could not save it as %1: %2</source>
        <translation>No se pudo guardar como %1: %2</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Guardado como %1</translation>
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
        <translation>%1 es obligatorio.</translation>
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
        <translation>Probar &amp;conexión</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>The phone and texting service Ringback works with.</source>
        <translation>El servicio de telefonía y mensajes de texto con el que trabaja Ringback.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Checks the values in this form with the provider, without saving.</source>
        <translation>Comprueba con el proveedor los valores de este formulario, sin guardarlos.</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Probando la conexión</translation>
    </message>
    <message>
        <source>Success: %1</source>
        <extracomment>The result of &quot;Test connection&quot;; %1 says what worked or what is wrong.</extracomment>
        <translation>Correcto: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <source>No provider plugin is installed.</source>
        <translation>No hay ningún complemento de proveedor instalado.</translation>
    </message>
    <message>
        <source>Ringback will switch to %1 when you restart it.</source>
        <translation>Ringback cambiará a %1 cuando lo reinicie.</translation>
    </message>
    <message>
        <source>The new %1 settings take effect when you restart Ringback.</source>
        <translation>La nueva configuración de %1 se aplicará cuando reinicie Ringback.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <source>Opens the provider&apos;s sign-in page in your web browser and keeps the sign-in in the system keychain.</source>
        <translation>Abre la página de inicio de sesión del proveedor en su navegador web y guarda el inicio de sesión en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Provider settings</source>
        <translation>Configuración del proveedor</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Cancelar inicio de sesión</translation>
    </message>
    <message>
        <source>Sign in with %1…</source>
        <translation>Iniciar sesión con %1…</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Inicio de sesión cancelado.</translation>
    </message>
    <message>
        <source>Finish the sign-in in your web browser…</source>
        <translation>Termine de iniciar sesión en su navegador web…</translation>
    </message>
</context>
<context>
    <name>ringback::gui::ProviderSignIn</name>
    <message>
        <source>Signed in, but the system keychain did not keep the sign-in: %1</source>
        <translation>Sesión iniciada, pero el llavero del sistema no guardó el inicio de sesión: %1</translation>
    </message>
</context>
<context>
    <name>ringback::gui::QueueModel</name>
    <message numerus="yes">
        <source>waiting %n min</source>
        <translation>
            <numerusform>esperando %n min</numerusform>
            <numerusform>esperando %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n h</source>
        <extracomment>h: hours</extracomment>
        <translation>
            <numerusform>esperando %n h</numerusform>
            <numerusform>esperando %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n day(s)</source>
        <translation>
            <numerusform>esperando %n día</numerusform>
            <numerusform>esperando %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Urgent: %1</source>
        <translation>Urgente: %1</translation>
    </message>
    <message>
        <source>%1 (no answer)</source>
        <extracomment>Call-back attempts so far, then how the last one went.</extracomment>
        <translation>%1 (sin respuesta)</translation>
    </message>
    <message>
        <source>%1 (left voicemail)</source>
        <translation>%1 (mensaje de voz)</translation>
    </message>
    <message>
        <source>%1 (reached)</source>
        <translation>%1 (contactado)</translation>
    </message>
    <message numerus="yes">
        <source>%n call-back attempt(s)</source>
        <translation>
            <numerusform>%n intento de devolver la llamada</numerusform>
            <numerusform>%n intentos de devolver la llamada</numerusform>
        </translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Attempts</source>
        <extracomment>Column: call-back attempts so far.</extracomment>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Último mensaje</translation>
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
        <translation>Número</translation>
    </message>
    <message>
        <source>Print the call-back queue</source>
        <translation>Imprimir la cola de llamadas</translation>
    </message>
</context>
<context>
    <name>ringback::gui::QueueView</name>
    <message>
        <source>Mark all done</source>
        <translation>Marcar todos como atendidos</translation>
    </message>
    <message>
        <source>Leads (a missed call or a reply) that are not waiting in the queue and have no outcome yet: not booked, not lost, not spam.</source>
        <translation>Clientes potenciales (una llamada perdida o una respuesta) que no están esperando en la cola y todavía no tienen resultado: sin cita agendada, no perdidos, no spam.</translation>
    </message>
    <message>
        <source>Call-back queue</source>
        <translation>Cola de llamadas</translation>
    </message>
    <message>
        <source>Called back – &amp;reached</source>
        <translation>Llamada devuelta – &amp;contactado</translation>
    </message>
    <message>
        <source>Called back, reached the caller</source>
        <translation>Llamada devuelta, se contactó al cliente</translation>
    </message>
    <message>
        <source>&amp;No answer</source>
        <translation>&amp;Sin respuesta</translation>
    </message>
    <message>
        <source>Called, no answer</source>
        <translation>Se llamó, sin respuesta</translation>
    </message>
    <message>
        <source>Left &amp;voicemail</source>
        <translation>Se dejó mensaje de &amp;voz</translation>
    </message>
    <message>
        <source>Called, left a voicemail</source>
        <translation>Se llamó y se dejó un mensaje de voz</translation>
    </message>
    <message>
        <source>&amp;Booked…</source>
        <translation>Cita &amp;agendada…</translation>
    </message>
    <message>
        <source>Book a job</source>
        <translation>Agendar una cita</translation>
    </message>
    <message>
        <source>No&amp;t a lead</source>
        <translation>No es clien&amp;te</translation>
    </message>
    <message>
        <source>Not a lead</source>
        <translation>No es cliente potencial</translation>
    </message>
    <message>
        <source>S&amp;pam</source>
        <translation>S&amp;pam</translation>
    </message>
    <message>
        <source>Mark as spam</source>
        <translation>Marcar como spam</translation>
    </message>
    <message>
        <source>Sn&amp;ooze until…</source>
        <translation>Posp&amp;oner hasta…</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>Posponer hasta</translation>
    </message>
    <message>
        <source>Tomorrow at 8 AM</source>
        <translation>Mañana a las 8 a. m.</translation>
    </message>
    <message>
        <source>Next Monday at 8 AM</source>
        <translation>El próximo lunes a las 8 a. m.</translation>
    </message>
    <message>
        <source>Pick a date and time…</source>
        <translation>Elegir fecha y hora…</translation>
    </message>
    <message>
        <source>&amp;Mark all done…</source>
        <translation>&amp;Marcar todos como atendidos…</translation>
    </message>
    <message>
        <source>Mark every caller as done</source>
        <translation>Marcar a todos los clientes como atendidos</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the queue</source>
        <translation>Imprimir la cola</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Export the queue as CSV</source>
        <translation>Exportar la cola como CSV</translation>
    </message>
    <message numerus="yes">
        <source>Call-back queue: %n waiting</source>
        <translation>
            <numerusform>Cola de llamadas: %n en espera</numerusform>
            <numerusform>Cola de llamadas: %n en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Leads with no next step: %1</source>
        <translation>Clientes potenciales sin próximo paso: %1</translation>
    </message>
    <message>
        <source>Save the booking to a calendar file</source>
        <translation>Guardar la cita en un archivo de calendario</translation>
    </message>
    <message>
        <source>booking.ics</source>
        <translation>cita.ics</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Mark all %n caller(s) in the queue as called back?</source>
        <translation>
            <numerusform>¿Marcar a %n cliente de la cola como ya llamado?</numerusform>
            <numerusform>¿Marcar a los %n clientes de la cola como ya llamados?</numerusform>
        </translation>
    </message>
    <message>
        <source>Call-back queue, %1</source>
        <translation>Cola de llamadas, %1</translation>
    </message>
    <message>
        <source>Export the call-back queue</source>
        <translation>Exportar la cola de llamadas</translation>
    </message>
    <message>
        <source>callback-queue.csv</source>
        <translation>cola-de-llamadas.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ringback::gui::ReplyBox</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Type a text to the caller. Ctrl+Enter sends it.</source>
        <translation>Escriba un mensaje para el cliente. Ctrl+Enter lo envía.</translation>
    </message>
    <message>
        <source>Write a text… (Ctrl+Enter sends)</source>
        <translation>Escriba un mensaje… (Ctrl+Enter para enviar)</translation>
    </message>
    <message>
        <source>Send text</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message>
        <source>Send the text (Ctrl+Enter)</source>
        <translation>Enviar el mensaje (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Sending problem</source>
        <translation>Problema al enviar</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Horario de silencio</translation>
    </message>
    <message>
        <source>Send the text now anyway?</source>
        <translation>¿Enviar el mensaje de todos modos?</translation>
    </message>
    <message>
        <source>Text length</source>
        <translation>Longitud del mensaje</translation>
    </message>
    <message>
        <source>Insert &amp;Template</source>
        <translation>Insertar &amp;plantilla</translation>
    </message>
    <message>
        <source>Insert template</source>
        <translation>Insertar plantilla</translation>
    </message>
    <message>
        <source>Put one of your templates, filled in for this caller, where the cursor is</source>
        <translation>Insertar una de sus plantillas, completada para este cliente, donde está el cursor</translation>
    </message>
    <message>
        <source>No templates</source>
        <translation>No hay plantillas</translation>
    </message>
    <message>
        <source>This template cannot be filled in: %1</source>
        <translation>No se puede completar esta plantilla: %1</translation>
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
        <translation>Escribir a números &amp;internacionales</translation>
    </message>
    <message>
        <source>Add &quot;Reply STOP to opt out&quot; to the &amp;first text</source>
        <translation>Agregar &quot;Responda STOP para darse de baja&quot; al &amp;primer mensaje</translation>
    </message>
    <message>
        <source>&amp;Quiet hours in the caller&apos;s time zone</source>
        <translation>Horario de silencio según la &amp;zona horaria del cliente</translation>
    </message>
    <message>
        <source>Text back after a call that was…</source>
        <translation>Responder por texto después de una llamada…</translation>
    </message>
    <message>
        <source>&amp;Not answered</source>
        <translation>&amp;No contestada</translation>
    </message>
    <message>
        <source>&amp;Busy</source>
        <translation>&amp;Ocupada</translation>
    </message>
    <message>
        <source>Sent to &amp;voicemail</source>
        <translation>Enviada al &amp;buzón de voz</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Tiempos</translation>
    </message>
    <message>
        <source>Minimum &amp;ring:</source>
        <translation>&amp;Timbre mínimo:</translation>
    </message>
    <message>
        <source>Shorter calls are treated as pocket dials and get no text.</source>
        <translation>Las llamadas más cortas se consideran llamadas por error y no reciben mensaje.</translation>
    </message>
    <message>
        <source>Send &amp;delay:</source>
        <translation>&amp;Espera antes de enviar:</translation>
    </message>
    <message>
        <source>Wait this long before texting; no text if you reach the caller first.</source>
        <translation>Esperar este tiempo antes de escribir; no se envía mensaje si usted contacta al cliente antes.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>One text per caller every:</source>
        <translation>Un mensaje por cliente cada:</translation>
    </message>
    <message>
        <source>A caller who rings again within this time gets no second automatic text.</source>
        <translation>Un cliente que vuelve a llamar dentro de este tiempo no recibe un segundo mensaje automático.</translation>
    </message>
    <message>
        <source>Conversation &amp;active for:</source>
        <translation>Conversación &amp;activa durante:</translation>
    </message>
    <message>
        <source>While you are texting with a caller, a new missed call sends no opener.</source>
        <translation>Mientras usted y un cliente se estén escribiendo, una nueva llamada perdida no envía mensaje inicial.</translation>
    </message>
    <message>
        <source>Max &amp;catch-up age:</source>
        <translation>Antigüedad má&amp;xima al ponerse al día:</translation>
    </message>
    <message>
        <source>Missed calls older than this when Ringback sees them go to the call-back queue instead of getting a text.</source>
        <translation>Las llamadas perdidas con más antigüedad cuando Ringback las ve pasan a la cola de llamadas en lugar de recibir un mensaje.</translation>
    </message>
    <message>
        <source>Who gets texts</source>
        <translation>Quién recibe mensajes</translation>
    </message>
    <message>
        <source>Off: callers from outside your home region get no automatic text.</source>
        <translation>Desactivado: los clientes de fuera de su región no reciben mensaje automático.</translation>
    </message>
    <message>
        <source>Every line of the office</source>
        <translation>Todas las líneas de la oficina</translation>
    </message>
    <message>
        <source>Only the line it was sent to</source>
        <translation>Solo la línea a la que se envió</translation>
    </message>
    <message>
        <source>Which of your lines stop texting a caller who replied STOP.</source>
        <translation>Qué líneas dejan de escribirle a un cliente que respondió STOP.</translation>
    </message>
    <message>
        <source>Only when the template has no opt-out wording of its own.</source>
        <translation>Solo si la plantilla no indica ya cómo darse de baja.</translation>
    </message>
    <message>
        <source>&amp;Spam after:</source>
        <translation>&amp;Spam después de:</translation>
    </message>
    <message>
        <source>This many calls from one number that never texted back are held as spam; 0 turns it off.</source>
        <translation>Esta cantidad de llamadas de un número que nunca respondió por texto se retienen como spam; 0 lo desactiva.</translation>
    </message>
    <message>
        <source>…&amp;within:</source>
        <translation>…en un &amp;lapso de:</translation>
    </message>
    <message>
        <source>The time span in which those calls count.</source>
        <translation>El lapso en el que cuentan esas llamadas.</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Horario de silencio</translation>
    </message>
    <message>
        <source>Texts wait until the window opens in the caller&apos;s own time zone.</source>
        <translation>Los mensajes esperan hasta que se abra el horario en la zona horaria del propio cliente.</translation>
    </message>
    <message>
        <source>The earliest time a text may reach a caller.</source>
        <translation>La hora más temprana a la que un mensaje puede llegarle a un cliente.</translation>
    </message>
    <message>
        <source>…&amp;until:</source>
        <translation>…&amp;hasta:</translation>
    </message>
    <message>
        <source>The latest time a text may reach a caller.</source>
        <translation>La hora más tardía a la que un mensaje puede llegarle a un cliente.</translation>
    </message>
    <message>
        <source>The texting window must start before it ends, e.g. 08:00 to 21:00.</source>
        <translation>El horario de envío debe empezar antes de terminar, p. ej., de 08:00 a 21:00.</translation>
    </message>
    <message>
        <source>Text-back rules</source>
        <translation>Reglas de respuesta por texto</translation>
    </message>
    <message>
        <source>&amp;Hung up while ringing</source>
        <translation>Colga&amp;da mientras sonaba</translation>
    </message>
    <message>
        <source>STOP a&amp;pplies to:</source>
        <translation>STOP se apli&amp;ca a:</translation>
    </message>
    <message>
        <source>&amp;Texts allowed from:</source>
        <translation>&amp;Mensajes permitidos desde:</translation>
    </message>
    <message>
        <source>&amp;Look up the line type before the first text</source>
        <translation>Consultar el tipo de línea antes del p&amp;rimer mensaje</translation>
    </message>
    <message>
        <source>Landlines, toll-free and fixed VoIP numbers then get no text and go to the call-back queue. Your provider bills each lookup (Twilio Lookup); one per new number, remembered for 90 days.</source>
        <translation>Así, los teléfonos fijos, los números gratuitos y las líneas VoIP fijas no reciben mensaje y pasan a la cola de llamadas. Su proveedor cobra cada consulta (Twilio Lookup): una por número nuevo, que se recuerda durante 90 días.</translation>
    </message>
    <message>
        <source>Which text is sent</source>
        <translation>Qué mensaje se envía</translation>
    </message>
    <message>
        <source>During business h&amp;ours:</source>
        <translation>D&amp;urante el horario de atención:</translation>
    </message>
    <message>
        <source>Aft&amp;er hours:</source>
        <translation>&amp;Fuera de horario:</translation>
    </message>
    <message>
        <source>On holida&amp;ys:</source>
        <translation>En días festi&amp;vos:</translation>
    </message>
    <message>
        <source>A trade&apos;s own text can replace the general one. Edit the texts in File › Templates…</source>
        <translation>El mensaje propio de un oficio puede reemplazar al general. Los textos se editan en Archivo › Plantillas…</translation>
    </message>
    <message>
        <source>When the office is closed (Settings › Hours).</source>
        <translation>Cuando la oficina está cerrada (Configuración › Horario).</translation>
    </message>
    <message>
        <source>On the closures and holidays listed under Hours.</source>
        <translation>En los cierres y días festivos indicados en Horario.</translation>
    </message>
</context>
<context>
    <name>ringback::gui::SearchField</name>
    <message>
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <source>Search names, numbers and messages (Ctrl+F)</source>
        <translation>Buscar nombres, números y mensajes (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>ringback::gui::SecretField</name>
    <message>
        <source>•••• saved in the keychain</source>
        <translation>•••• guardado en el llavero</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Reemplazar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>%1: saved in the keychain</source>
        <translation>%1: guardado en el llavero</translation>
    </message>
    <message>
        <source>Replace %1</source>
        <translation>Reemplazar %1</translation>
    </message>
    <message>
        <source>Type a new value; the saved one stays until you apply.</source>
        <translation>Escriba un valor nuevo; el guardado se mantiene hasta que aplique los cambios.</translation>
    </message>
    <message>
        <source>Remove %1 from the keychain</source>
        <translation>Quitar %1 del llavero</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Mostrar u ocultar lo que escribió</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>Ocultar %1</translation>
    </message>
    <message>
        <source>Removed from the keychain when you apply the settings.</source>
        <translation>Se quitará del llavero cuando aplique la configuración.</translation>
    </message>
    <message>
        <source>New value (empty keeps the saved one)</source>
        <translation>Valor nuevo (si lo deja vacío, se mantiene el guardado)</translation>
    </message>
</context>
<context>
    <name>ringback::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
    <message>
        <source>Settings status</source>
        <translation>Estado de la configuración</translation>
    </message>
    <message>
        <source>Not saved. %1: %2</source>
        <extracomment>%1 is a settings page (&quot;Hours&quot;), %2 what is wrong on it.</extracomment>
        <translation>No se guardó. %1: %2</translation>
    </message>
    <message>
        <source>Not saved: %1 cannot be written.</source>
        <translation>No se guardó: no se puede escribir %1.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Settings saved, but not the secret: %1</source>
        <translation>Configuración guardada, pero no el dato secreto: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>ringback::gui::SnoozeDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>Posponer hasta</translation>
    </message>
    <message>
        <source>Hide from the queue until</source>
        <translation>Ocultar de la cola hasta</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Hasta:</translation>
    </message>
</context>
<context>
    <name>ringback::gui::TemplateCheck</name>
    <message>
        <source>1 segment</source>
        <translation>1 segmento</translation>
    </message>
    <message numerus="yes">
        <source>%n segments</source>
        <translation>
            <numerusform>%n segmento</numerusform>
            <numerusform>%n segmentos</numerusform>
        </translation>
    </message>
    <message>
        <source>1 character left</source>
        <translation>queda 1 carácter</translation>
    </message>
    <message numerus="yes">
        <source>%n characters left</source>
        <translation>
            <numerusform>queda %n carácter</numerusform>
            <numerusform>quedan %n caracteres</numerusform>
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
        <translation>Unicode (UCS-2) por “%1” · %2 · %3</translation>
    </message>
    <message>
        <source>The text is empty. Write what callers get, or restore the default.</source>
        <translation>El mensaje está vacío. Escriba lo que recibirán los clientes o restaure el predeterminado.</translation>
    </message>
    <message>
        <source>No preview until the errors are fixed.</source>
        <translation>No hay vista previa hasta que se corrijan los errores.</translation>
    </message>
    <message>
        <source>“%1” is not in the GSM-7 alphabet, so the whole text is sent as Unicode: 70 characters per segment instead of 160. Replace it if you can (straight quotes &apos; and &quot; instead of curly ones).</source>
        <translation>“%1” no está en el alfabeto GSM-7, así que todo el mensaje se envía como Unicode: 70 caracteres por segmento en lugar de 160. Cámbielo si puede (comillas rectas &apos; y &quot; en lugar de curvas).</translation>
    </message>
    <message>
        <source>business name</source>
        <translation>nombre del negocio</translation>
    </message>
    <message>
        <source>who signs the text</source>
        <translation>quién firma el mensaje</translation>
    </message>
    <message>
        <source>caller&apos;s first name</source>
        <translation>nombre de pila del cliente</translation>
    </message>
    <message>
        <source>when you call back</source>
        <translation>cuándo devuelve la llamada</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>horario de atención</translation>
    </message>
    <message>
        <source>The office&apos;s business name, as set in the office settings.</source>
        <translation>El nombre del negocio, tal como está en la configuración de la oficina.</translation>
    </message>
    <message>
        <source>The name of the person who signs the texts. Left out when none is set.</source>
        <translation>El nombre de la persona que firma los mensajes. Se omite si no hay ninguno.</translation>
    </message>
    <message>
        <source>The caller&apos;s first name when you have saved it. Left out otherwise: &quot;Hi {first_name},&quot; becomes &quot;Hi,&quot;.</source>
        <translation>El nombre de pila del cliente, si lo guardó. Si no, se omite: &quot;Hola {first_name},&quot; queda como &quot;Hola,&quot;.</translation>
    </message>
    <message>
        <source>When the office calls back, such as &quot;within 30 minutes&quot;.</source>
        <translation>Cuándo devuelve la llamada la oficina, como &quot;en menos de 30 minutos&quot;.</translation>
    </message>
    <message>
        <source>The office&apos;s opening hours, such as &quot;Mon-Fri 8am-5pm&quot;.</source>
        <translation>El horario de atención de la oficina, como &quot;lun-vie 8am-5pm&quot;.</translation>
    </message>
</context>
<context>
    <name>ringback::gui::TemplateEditorDialog</name>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Template text: %1</source>
        <translation>Texto de la plantilla: %1</translation>
    </message>
    <message>
        <source>This template has no shipped default.</source>
        <translation>Esta plantilla no tiene un texto predeterminado.</translation>
    </message>
    <message>
        <source>Replace the text with the shipped one:
%1</source>
        <translation>Reemplazar el texto por el predeterminado:
%1</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Predeterminado: %1</translation>
    </message>
    <message>
        <source>customized</source>
        <extracomment>A template whose saved text differs from the shipped one.</extracomment>
        <translation>personalizada</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>cambios sin guardar</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>errores</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Template name, then marks such as &quot;customized, unsaved changes&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Can&apos;t save: fix the errors listed under Problems.</source>
        <translation>No se puede guardar: corrija los errores que aparecen en Problemas.</translation>
    </message>
    <message>
        <source>Can&apos;t save: “%1” has errors. Fix them or restore its default.</source>
        <translation>No se puede guardar: “%1” tiene errores. Corríjalos o restaure su texto predeterminado.</translation>
    </message>
    <message>
        <source>Save the changed templates</source>
        <translation>Guardar las plantillas modificadas</translation>
    </message>
    <message>
        <source>Could not save to %1. Check that the file can be written.</source>
        <translation>No se pudo guardar en %1. Compruebe que se puede escribir en el archivo.</translation>
    </message>
    <message>
        <source>Unsaved templates</source>
        <translation>Plantillas sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to your templates before closing?</source>
        <translation>¿Guardar los cambios en las plantillas antes de cerrar?</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Modificadas: %1</translation>
    </message>
    <message>
        <source>Sent after a missed call during business hours.</source>
        <translation>Se envía después de una llamada perdida en horario de atención.</translation>
    </message>
    <message>
        <source>Sent after a missed call outside business hours.</source>
        <translation>Se envía después de una llamada perdida fuera del horario de atención.</translation>
    </message>
    <message>
        <source>Sent after a missed call on a closure day, such as a holiday.</source>
        <translation>Se envía después de una llamada perdida en un día de cierre, como un día festivo.</translation>
    </message>
    <message>
        <source>Not sent automatically with the current rules.</source>
        <translation>No se envía automáticamente con las reglas actuales.</translation>
    </message>
    <message>
        <source>The automatic texts. Customized and unsaved ones say so.</source>
        <translation>Los mensajes automáticos. Los personalizados y los que no se han guardado lo indican.</translation>
    </message>
    <message>
        <source>&amp;Templates:</source>
        <translation>&amp;Plantillas:</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Texto de la plantilla</translation>
    </message>
    <message>
        <source>The text sent to callers. Variables in braces, such as {company}, are filled in when it is sent. Tab moves on to the next control.</source>
        <translation>El mensaje que se envía a los clientes. Las variables entre llaves, como {company}, se completan al enviarlo. Tab pasa al siguiente control.</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>Insert &amp;variable</source>
        <translation>Insertar &amp;variable</translation>
    </message>
    <message>
        <source>Insert variable</source>
        <translation>Insertar variable</translation>
    </message>
    <message>
        <source>Insert a variable at the cursor</source>
        <translation>Insertar una variable en el cursor</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Menu item: a template variable and what it stands for, e.g. &quot;{company} — business name&quot;.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Restore default</source>
        <translation>&amp;Restaurar predeterminado</translation>
    </message>
    <message>
        <source>Restore default</source>
        <translation>Restaurar predeterminado</translation>
    </message>
    <message>
        <source>Default text</source>
        <translation>Texto predeterminado</translation>
    </message>
    <message>
        <source>Why the templates cannot be saved</source>
        <translation>Por qué no se pueden guardar las plantillas</translation>
    </message>
    <message>
        <source>Save templates</source>
        <translation>Guardar plantillas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ringback::gui::TemplatePreview</name>
    <message>
        <source>&amp;Preview with sample values:</source>
        <translation>Vista previa con valores de &amp;ejemplo:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>The text as a caller would get it, with sample values for the variables.</source>
        <translation>El mensaje tal como lo recibiría un cliente, con valores de ejemplo para las variables.</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Encoding, number of SMS segments and characters left in the last one.</source>
        <translation>Codificación, número de segmentos SMS y caracteres que quedan en el último.</translation>
    </message>
    <message>
        <source>Pr&amp;oblems:</source>
        <translation>Pr&amp;oblemas:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Errors stop the template from being saved; warnings are advice. Press Enter on one to go to its place in the text.</source>
        <translation>Los errores impiden guardar la plantilla; las advertencias son consejos. Pulse Enter en uno para ir a su lugar en el texto.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <extracomment>A problem that stops a template from being saved.</extracomment>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <extracomment>Advice about a template; it can still be saved.</extracomment>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
</context>
<context>
    <name>ringback::gui::ThreadDelegate</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A file attached to a text: its type · its size (&quot;PDF document · 120 KiB&quot;).</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · couldn&apos;t load it: %2</source>
        <translation>%1 · no se pudo cargar: %2</translation>
    </message>
    <message>
        <source>Couldn&apos;t load photo</source>
        <translation>No se pudo cargar la foto</translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation>Cargando foto…</translation>
    </message>
</context>
<context>
    <name>ringback::gui::ThreadModel</name>
    <message numerus="yes">
        <source>[%n attachment(s)]</source>
        <translation>
            <numerusform>[%n archivo adjunto]</numerusform>
            <numerusform>[%n archivos adjuntos]</numerusform>
        </translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Urgent: %1</source>
        <translation>Urgente: %1</translation>
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
        <translation>la oficina</translation>
    </message>
    <message>
        <source>Photo %1 of %2 from %3</source>
        <extracomment>&quot;Photo 1 of 2 from (512) 555-0134&quot;: one of the attachments of a text.</extracomment>
        <translation>Foto %1 de %2, enviada por %3</translation>
    </message>
    <message>
        <source>File %1 of %2 from %3 (%4)</source>
        <extracomment>&quot;File 2 of 2 from (512) 555-0134 (PDF document)&quot;.</extracomment>
        <translation>Archivo %1 de %2, enviado por %3 (%4)</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>tipo desconocido</translation>
    </message>
    <message>
        <source>%1, couldn&apos;t load it: %2</source>
        <extracomment>An attachment that could not be shown: its name, then why.</extracomment>
        <translation>%1, no se pudo cargar: %2</translation>
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
        <translation>&amp;Mostrar Ringback</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ringback: %1 unread (%2 urgent)</source>
        <extracomment>Tray icon tooltip: &quot;Ringback: 3 unread (1 urgent)&quot;.</extracomment>
        <translation>Ringback: %1 sin leer (urgentes: %2)</translation>
    </message>
    <message>
        <source>Ringback: %1 unread</source>
        <translation>Ringback: %1 sin leer</translation>
    </message>
</context>
<context>
    <name>ringback::gui::UrgencyPage</name>
    <message>
        <source>Urgency rules</source>
        <translation>Reglas de urgencia</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>Frases</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>&amp;Agregar regla</translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation>&amp;Quitar regla</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Restaurar &amp;predeterminadas</translation>
    </message>
    <message>
        <source>A reply containing any phrase of a rule flags the conversation with the rule&apos;s severity and label. Separate phrases with commas; case, accents and punctuation don&apos;t matter.</source>
        <translation>Una respuesta que contenga cualquier frase de una regla marca la conversación con la gravedad y la etiqueta de la regla. Separe las frases con comas; no importan las mayúsculas, los acentos ni la puntuación.</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
</context>
<context>
    <name>ringback::net::BaseUrl</name>
    <message>
        <source>&quot;%1&quot; is not a valid address.</source>
        <translation>&quot;%1&quot; no es una dirección válida.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses plain http: only https is allowed, except to this computer.</source>
        <translation>&quot;%1&quot; usa http sin cifrar: solo se permite https, salvo hacia esta computadora.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an https:// address.</source>
        <translation>&quot;%1&quot; debe ser una dirección https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not contain a user name or password.</source>
        <translation>&quot;%1&quot; no debe incluir usuario ni contraseña.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not have a query or fragment.</source>
        <translation>&quot;%1&quot; no debe tener parámetros de consulta ni fragmento.</translation>
    </message>
</context>
<context>
    <name>ringback::net::Http</name>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>JSON no válido (%1 en la posición %2)</translation>
    </message>
    <message>
        <source>JSON, but not an object</source>
        <translation>es JSON, pero no un objeto</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>could not connect (%1)</source>
        <translation>no se pudo conectar (%1)</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>connection lost (%1)</source>
        <translation>se perdió la conexión (%1)</translation>
    </message>
    <message>
        <source>answer too large</source>
        <translation>respuesta demasiado grande</translation>
    </message>
    <message>
        <source>more than %1 bytes</source>
        <translation>más de %1 bytes</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
</context>
<context>
    <name>ringback::oauth::AuthCodeFlow</name>
    <message>
        <source>The sign-in needs the app&apos;s Client ID and the provider&apos;s address.</source>
        <translation>El inicio de sesión necesita el Client ID de la app y la dirección del proveedor.</translation>
    </message>
    <message>
        <source>The sign-in worked, but the token request did not reach the provider (%1).</source>
        <translation>El inicio de sesión funcionó, pero la solicitud del token no llegó al proveedor (%1).</translation>
    </message>
</context>
<context>
    <name>ringback::oauth::LoopbackRedirect</name>
    <message>
        <source>The sign-in was not completed in time. Start it again and finish it in the browser.</source>
        <translation>El inicio de sesión no se completó a tiempo. Vuelva a iniciarlo y termínelo en el navegador.</translation>
    </message>
    <message>
        <source>Cannot wait for the browser on 127.0.0.1 port %1: %2</source>
        <translation>No se puede esperar al navegador en 127.0.0.1, puerto %1: %2</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>This request is too large.</source>
        <translation>Esta solicitud es demasiado grande.</translation>
    </message>
    <message>
        <source>Ringback did not understand this request.</source>
        <translation>Ringback no entendió esta solicitud.</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Aquí no hay nada.</translation>
    </message>
    <message>
        <source>Ringback expects the browser to come back here.</source>
        <translation>Ringback espera que el navegador vuelva aquí.</translation>
    </message>
    <message>
        <source>The browser came back with an answer that does not belong to this sign-in (its state does not match), so Ringback ignored it. Start the sign-in again.</source>
        <translation>El navegador volvió con una respuesta que no corresponde a este inicio de sesión (su state no coincide), así que Ringback la ignoró. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The sign-in was refused: %1</source>
        <extracomment>%1 is the reason the provider gave, e.g. &quot;access_denied&quot;</extracomment>
        <translation>Se rechazó el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>The browser came back without an authorization code.</source>
        <translation>El navegador volvió sin un código de autorización.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Ringback has your sign-in. You can close this tab.</source>
        <translation>Ringback ya tiene su inicio de sesión. Puede cerrar esta pestaña.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>No se pudo iniciar sesión</translation>
    </message>
    <message>
        <source>%1 You can close this tab.</source>
        <translation>%1 Puede cerrar esta pestaña.</translation>
    </message>
</context>
<context>
    <name>ringback::provider::ConnectionTests</name>
    <message>
        <source>Cannot reach %1 at %2 (%3). Check the internet connection and the API address.</source>
        <translation>No se puede conectar con %1 en %2 (%3). Revise la conexión a internet y la dirección de la API.</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2). Try again in a minute.</source>
        <translation>%1 no respondió a tiempo (%2). Vuelva a intentarlo en un minuto.</translation>
    </message>
    <message>
        <source>%1 sent an answer too large to be real (%2). Check the API address.</source>
        <translation>%1 envió una respuesta demasiado grande para ser real (%2). Revise la dirección de la API.</translation>
    </message>
    <message>
        <source>The connection to %1 broke (%2). Try again in a minute.</source>
        <translation>Se cortó la conexión con %1 (%2). Vuelva a intentarlo en un minuto.</translation>
    </message>
    <message>
        <source>%1 asked Ringback to slow down (429). Try again in a minute.</source>
        <translation>%1 le pidió a Ringback que vaya más despacio (429). Vuelva a intentarlo en un minuto.</translation>
    </message>
    <message>
        <source>%1 is having trouble (HTTP %2). Try again later.</source>
        <translation>%1 tiene problemas (HTTP %2). Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>%1 sent an answer Ringback cannot read (%2).</source>
        <translation>%1 envió una respuesta que Ringback no puede leer (%2).</translation>
    </message>
</context>
<context>
    <name>ringback::provider::Json</name>
    <message>
        <source>no &quot;%1&quot; list</source>
        <translation>no hay lista &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no &quot;%1&quot; object</source>
        <translation>no hay objeto &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ringback::provider::ProblemWords</name>
    <message>
        <source>Cannot reach %1 while %2: %3</source>
        <translation>No se puede conectar con %1 al %2: %3</translation>
    </message>
    <message>
        <source>%1 asked Ringback to slow down (429) while %2</source>
        <translation>%1 le pidió a Ringback que vaya más despacio (429) al %2</translation>
    </message>
    <message>
        <source>%1 is having trouble (HTTP %2) while %3</source>
        <translation>%1 tiene problemas (HTTP %2) al %3</translation>
    </message>
    <message>
        <source>%1 refused %2 (HTTP %3%4: %5)</source>
        <translation>%1 rechazó la solicitud al %2 (HTTP %3%4: %5)</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>sin detalles</translation>
    </message>
    <message>
        <source>%1 sent an answer Ringback cannot read while %2 (%3)</source>
        <translation>%1 envió una respuesta que Ringback no puede leer al %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ringback::provider::SenderBase</name>
    <message>
        <source>the last attempt never reached %1</source>
        <translation>el último intento nunca llegó a %1</translation>
    </message>
    <message>
        <source>the time of the first attempt is unknown</source>
        <translation>se desconoce la hora del primer intento</translation>
    </message>
    <message>
        <source>no answer from %1 (%2); checking before any resend</source>
        <translation>%1 no respondió (%2); se verificará antes de reenviarlo</translation>
    </message>
    <message>
        <source>could not connect to %1 (%2); the message did not leave this computer</source>
        <translation>no se pudo conectar con %1 (%2); el mensaje no salió de esta computadora</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>No se puede conectar con %1: %2</translation>
    </message>
    <message>
        <source>%1 accepted the message but its answer could not be read; checking before any resend</source>
        <translation>%1 aceptó el mensaje, pero no se pudo leer su respuesta; se verificará antes de reenviarlo</translation>
    </message>
    <message>
        <source>%1 accepted the message but its answer could not be read (%2); checking before any resend</source>
        <translation>%1 aceptó el mensaje, pero no se pudo leer su respuesta (%2); se verificará antes de reenviarlo</translation>
    </message>
    <message>
        <source>; checking before any resend</source>
        <translation>; se verificará antes de reenviarlo</translation>
    </message>
    <message>
        <source>checking a message&apos;s delivery</source>
        <translation>verificar la entrega de un mensaje</translation>
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
        <translation>&quot;%1&quot; debe estar entre 1 y %2.</translation>
    </message>
</context>
<context>
    <name>ringback::quo::CallAndMessageWatcher</name>
    <message>
        <source>listing conversations</source>
        <translation>listar las conversaciones</translation>
    </message>
    <message>
        <source>listing calls</source>
        <translation>listar las llamadas</translation>
    </message>
    <message>
        <source>listing messages</source>
        <translation>listar los mensajes</translation>
    </message>
</context>
<context>
    <name>ringback::quo::QuoPoller</name>
    <message>
        <source>Checking the Quo workspace…</source>
        <translation>Verificando el espacio de trabajo de Quo…</translation>
    </message>
    <message>
        <source>Connected to Quo (%1); checking every %2 s</source>
        <translation>Conectado a Quo (%1); se revisa cada %2 s</translation>
    </message>
    <message>
        <source>Connected to Quo (%1); receiving webhooks at %2 and checking every %3 s</source>
        <translation>Conectado a Quo (%1); se reciben webhooks en %2 y se revisa cada %3 s</translation>
    </message>
</context>
<context>
    <name>ringback::quo::QuoSender</name>
    <message>
        <source>Quo refused the API key (401)</source>
        <translation>Quo rechazó la clave de API (401)</translation>
    </message>
    <message>
        <source>looking for an interrupted message</source>
        <translation>buscar un mensaje interrumpido</translation>
    </message>
    <message>
        <source>too many messages to look through</source>
        <translation>demasiados mensajes para revisar</translation>
    </message>
    <message>
        <source>Quo has no such message</source>
        <translation>Quo no tiene ese mensaje</translation>
    </message>
    <message>
        <source>Quo: %1 (the number may have opted out or cannot receive texts)</source>
        <translation>Quo: %1 (puede que el número se haya dado de baja o no pueda recibir mensajes de texto)</translation>
    </message>
</context>
<context>
    <name>ringback::ringcentral::Sender</name>
    <message>
        <source>sending a text</source>
        <translation>enviar un mensaje</translation>
    </message>
    <message>
        <source>RingCentral refused the app&apos;s token twice (401)</source>
        <translation>RingCentral rechazó dos veces el token de la app (401)</translation>
    </message>
    <message>
        <source>looking for an interrupted message</source>
        <translation>buscar un mensaje interrumpido</translation>
    </message>
    <message>
        <source>RingCentral has no such message</source>
        <translation>RingCentral no tiene ese mensaje</translation>
    </message>
</context>
<context>
    <name>ringback::ringcentral::Stream</name>
    <message>
        <source>RingCentral&apos;s WebSocket did not finish the handshake in time</source>
        <translation>El WebSocket de RingCentral no completó la conexión inicial (handshake) a tiempo</translation>
    </message>
    <message>
        <source>RingCentral closed the WebSocket (%1)</source>
        <translation>RingCentral cerró el WebSocket (%1)</translation>
    </message>
    <message>
        <source>WebSocket error: %1</source>
        <translation>Error de WebSocket: %1</translation>
    </message>
    <message>
        <source>Connecting to RingCentral…</source>
        <translation>Conectando con RingCentral…</translation>
    </message>
    <message>
        <source>opening live updates</source>
        <translation>abrir las actualizaciones en vivo</translation>
    </message>
    <message>
        <source>RingCentral named a WebSocket address Ringback will not use (%1)</source>
        <translation>RingCentral indicó una dirección de WebSocket que Ringback no usará (%1)</translation>
    </message>
    <message>
        <source>RingCentral&apos;s WebSocket reported %1</source>
        <translation>El WebSocket de RingCentral informó: %1</translation>
    </message>
    <message>
        <source>subscribing to calls and texts</source>
        <translation>suscribirse a las llamadas y los mensajes</translation>
    </message>
    <message>
        <source>RingCentral stopped answering on the WebSocket</source>
        <translation>RingCentral dejó de responder en el WebSocket</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting to RingCentral in %n second(s) (request limit)</source>
        <translation>
            <numerusform>Reconectando con RingCentral en %n segundo (límite de solicitudes)</numerusform>
            <numerusform>Reconectando con RingCentral en %n segundos (límite de solicitudes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ringback::ringcentral::Sync</name>
    <message>
        <source>syncing the call log</source>
        <translation>sincronizar el registro de llamadas</translation>
    </message>
    <message>
        <source>syncing texts</source>
        <translation>sincronizar los mensajes</translation>
    </message>
</context>
<context>
    <name>ringback::telnyx::TelnyxSender</name>
    <message>
        <source>sending a message</source>
        <translation>enviar un mensaje</translation>
    </message>
    <message>
        <source>Telnyx reported the message by webhook</source>
        <translation>Telnyx notificó el mensaje por webhook</translation>
    </message>
    <message>
        <source>looking for an interrupted message</source>
        <translation>buscar un mensaje interrumpido</translation>
    </message>
    <message>
        <source>Telnyx sent an answer Ringback cannot read (%1)</source>
        <translation>Telnyx envió una respuesta que Ringback no puede leer (%1)</translation>
    </message>
    <message>
        <source>found in Telnyx&apos;s message records</source>
        <translation>encontrado en los registros de mensajes de Telnyx</translation>
    </message>
    <message>
        <source>Telnyx has no record of it yet, and it cannot look a message up by its text</source>
        <translation>Telnyx todavía no tiene registro de él y no puede buscar un mensaje por su texto</translation>
    </message>
    <message>
        <source>Telnyx has %1 messages to this number since then and cannot tell which one it is</source>
        <translation>Telnyx tiene %1 mensajes a este número desde entonces y no puede saber cuál es</translation>
    </message>
</context>
<context>
    <name>ringback::twilio::CallWatcher</name>
    <message>
        <source>listing calls</source>
        <translation>listar las llamadas</translation>
    </message>
    <message>
        <source>looking up a call&apos;s dialled legs</source>
        <translation>consultar los tramos marcados de una llamada</translation>
    </message>
</context>
<context>
    <name>ringback::twilio::MessageWatcher</name>
    <message>
        <source>listing messages</source>
        <translation>listar los mensajes</translation>
    </message>
</context>
<context>
    <name>ringback::twilio::TwilioPoller</name>
    <message>
        <source>Checking the Twilio account…</source>
        <translation>Verificando la cuenta de Twilio…</translation>
    </message>
    <message>
        <source>checking the account</source>
        <translation>verificar la cuenta</translation>
    </message>
    <message>
        <source>Twilio has no account %1 for these credentials (404)</source>
        <translation>Twilio no tiene ninguna cuenta %1 con estas credenciales (404)</translation>
    </message>
    <message>
        <source>The Twilio account is %1, not active</source>
        <translation>La cuenta de Twilio está %1, no activa</translation>
    </message>
    <message>
        <source>checking the business number</source>
        <translation>verificar el número del negocio</translation>
    </message>
    <message>
        <source>the number %1 is not on this Twilio account</source>
        <translation>el número %1 no está en esta cuenta de Twilio</translation>
    </message>
    <message>
        <source>Connected to Twilio; checking every %1 s</source>
        <translation>Conectado a Twilio; se revisa cada %1 s</translation>
    </message>
    <message>
        <source>Connected to Twilio (%1); checking every %2 s</source>
        <translation>Conectado a Twilio (%1); se revisa cada %2 s</translation>
    </message>
</context>
<context>
    <name>ringback::twilio::TwilioSender</name>
    <message>
        <source>Twilio refused the Account SID or Auth Token (401)</source>
        <translation>Twilio rechazó el Account SID o el Auth Token (401)</translation>
    </message>
    <message>
        <source>looking for an interrupted message</source>
        <translation>buscar un mensaje interrumpido</translation>
    </message>
    <message>
        <source>Twilio has no such message</source>
        <translation>Twilio no tiene ese mensaje</translation>
    </message>
</context>
<context>
    <name>ringback::webhook::WebhookServer</name>
    <message>
        <source>&quot;%1&quot; is not a listen address: use host:port, for example 127.0.0.1:8787</source>
        <extracomment>%1 is what the user typed for the webhook listen address</extracomment>
        <translation>&quot;%1&quot; no es una dirección de escucha: use host:puerto, por ejemplo 127.0.0.1:8787</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address: use 127.0.0.1 (this computer only) or 0.0.0.0 (all networks)</source>
        <extracomment>%1 is the host part of the webhook listen address</extracomment>
        <translation>&quot;%1&quot; no es una dirección IP: use 127.0.0.1 (solo esta computadora) o 0.0.0.0 (todas las redes)</translation>
    </message>
    <message>
        <source>Cannot receive webhooks on %1: %2</source>
        <extracomment>%1 is the webhook listen address (host:port), %2 the system&apos;s reason</extracomment>
        <translation>No se pueden recibir webhooks en %1: %2</translation>
    </message>
</context>
</TS>
