<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
        <source>It&apos;s %1 for this caller (%2 time): quiet hours until %3.</source>
        <translation>Para el cliente son las %1 (zona horaria: %2); horario de silencio hasta las %3</translation>
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
</context>
<context>
    <name>ringback::Profile</name>
    <message>
        <source>Ringback is already running on this profile (process %1 on %2). Only one copy may send texts for %3.</source>
        <translation>Ringback ya se está ejecutando con este perfil (proceso %1 en %2). Solo una copia puede enviar mensajes de texto para %3.</translation>
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
    <message>
        <source>quiet hours in the caller&apos;s time zone (%1), sends at %2</source>
        <translation>horario de silencio en la zona horaria del cliente (%1), se envía a las %2</translation>
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
        <source>missed call (%1), business hours</source>
        <translation>llamada perdida (%1), en horario de atención</translation>
    </message>
    <message>
        <source>missed call (%1), after hours</source>
        <translation>llamada perdida (%1), fuera de horario</translation>
    </message>
    <message>
        <source>missed call (%1), closed for a holiday</source>
        <translation>llamada perdida (%1), cerrado por día festivo</translation>
    </message>
</context>
<context>
    <name>ringback::TwilioProvider</name>
    <message>
        <source>no &quot;%1&quot; list</source>
        <translation>no hay lista &quot;%1&quot;</translation>
    </message>
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
        <source>no &quot;incoming_phone_numbers&quot; list</source>
        <translation>no hay lista &quot;incoming_phone_numbers&quot;</translation>
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
        <source>&quot;phone_number&quot;: %1</source>
        <translation>&quot;phone_number&quot;: %1</translation>
    </message>
    <message>
        <source>&quot;api_base_url&quot;: %1</source>
        <translation>&quot;api_base_url&quot;: %1</translation>
    </message>
    <message>
        <source>&quot;poll_interval_seconds&quot; must be between 1 and 3600.</source>
        <translation>&quot;poll_interval_seconds&quot; debe estar entre 1 y 3600.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Cannot reach Twilio while %1: %2</source>
        <translation>No se puede conectar con Twilio al %1: %2</translation>
    </message>
    <message>
        <source>Twilio refused the Account SID or Auth Token (401)</source>
        <translation>Twilio rechazó el Account SID o el Auth Token (401)</translation>
    </message>
    <message>
        <source>Twilio asked Ringback to slow down (429) while %1</source>
        <translation>Twilio le pidió a Ringback que vaya más despacio (429) al %1</translation>
    </message>
    <message>
        <source>Twilio is having trouble (HTTP %1) while %2</source>
        <translation>Twilio tiene problemas (HTTP %1) al %2</translation>
    </message>
    <message>
        <source>Twilio refused %1 (HTTP %2%3: %4)</source>
        <translation>Twilio rechazó la solicitud al %1 (HTTP %2%3: %4)</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>sin detalles</translation>
    </message>
    <message>
        <source>Twilio sent an answer Ringback cannot read while %1 (%2)</source>
        <translation>Twilio envió una respuesta que Ringback no puede leer al %1 (%2)</translation>
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
    <message>
        <source>no-answer</source>
        <extracomment>How a missed call ended, shown as &quot;Missed call (%1)&quot;.</extracomment>
        <translation>sin contestar</translation>
    </message>
    <message>
        <source>busy</source>
        <extracomment>How a missed call ended, shown as &quot;Missed call (%1)&quot;.</extracomment>
        <translation>ocupado</translation>
    </message>
    <message>
        <source>voicemail</source>
        <extracomment>How a missed call ended, shown as &quot;Missed call (%1)&quot;.</extracomment>
        <translation>buzón de voz</translation>
    </message>
    <message>
        <source>canceled</source>
        <extracomment>How a missed call ended (the caller hung up while it rang), shown as &quot;Missed call (%1)&quot;.</extracomment>
        <translation>colgó</translation>
    </message>
    <message>
        <source>failed</source>
        <extracomment>How a missed call ended, shown as &quot;Missed call (%1)&quot;.</extracomment>
        <translation>falló</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>contestada</translation>
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
        <source>Twilio accepted the message but its answer could not be read (%1); checking before any resend</source>
        <translation>Twilio aceptó el mensaje, pero no se pudo leer su respuesta (%1); se verificará antes de reenviarlo</translation>
    </message>
    <message>
        <source>could not connect to Twilio (%1); the message did not leave this computer</source>
        <translation>no se pudo conectar con Twilio (%1); el mensaje no salió de esta computadora</translation>
    </message>
    <message>
        <source>Cannot reach Twilio: %1</source>
        <translation>No se puede conectar con Twilio: %1</translation>
    </message>
    <message>
        <source>no answer from Twilio (%1); checking before any resend</source>
        <translation>Twilio no respondió (%1); se verificará antes de reenviarlo</translation>
    </message>
    <message>
        <source>Twilio refused the Account SID or Auth Token (401)</source>
        <translation>Twilio rechazó el Account SID o el Auth Token (401)</translation>
    </message>
    <message>
        <source>; checking before any resend</source>
        <translation>; se verificará antes de reenviarlo</translation>
    </message>
    <message>
        <source>the last attempt never reached Twilio</source>
        <translation>el último intento nunca llegó a Twilio</translation>
    </message>
    <message>
        <source>the time of the first attempt is unknown</source>
        <translation>se desconoce la hora del primer intento</translation>
    </message>
    <message>
        <source>looking for an interrupted message</source>
        <translation>buscar un mensaje interrumpido</translation>
    </message>
    <message>
        <source>Twilio has no such message</source>
        <translation>Twilio no tiene ese mensaje</translation>
    </message>
    <message>
        <source>checking a message&apos;s delivery</source>
        <translation>verificar la entrega de un mensaje</translation>
    </message>
</context>
</TS>
