<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>Run with demo data and a simulated phone provider; no account needed.</source>
        <translation>Ejecutar con datos de demostración y un proveedor telefónico simulado; no hace falta cuenta.</translation>
    </message>
    <message>
        <source>Check the phone provider account: print its name and numbers, or what is wrong, and exit.</source>
        <translation>Comprobar la cuenta del proveedor telefónico: mostrar su nombre y sus números, o qué falla, y salir.</translation>
    </message>
    <message>
        <source>The phone provider to check: twilio (the default).</source>
        <translation>El proveedor telefónico que se comprueba: twilio (el predeterminado).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>The provider&apos;s API address, for a Twilio-compatible service (default: https://api.twilio.com).</source>
        <translation>La dirección de la API del proveedor, para un servicio compatible con Twilio (predeterminada: https://api.twilio.com).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Run only the text-back automation, without a window (for an always-on computer). Stops cleanly on Ctrl+C.</source>
        <translation>Ejecutar solo la respuesta automática por SMS, sin ventana (para un ordenador siempre encendido). Se detiene limpiamente con Ctrl+C.</translation>
    </message>
    <message>
        <source>With --headless: stop after &lt;seconds&gt; (for scripts and tests).</source>
        <translation>Con --headless: detenerse después de &lt;seconds&gt; segundos (para scripts y pruebas).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Write every setting (no passwords or tokens) to the JSON file &lt;file&gt; and exit.</source>
        <translation>Escribir todos los ajustes (sin contraseñas ni tokens) en el archivo JSON &lt;file&gt; y salir.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Read settings from the JSON file &lt;file&gt; (made with --export-settings) and exit.</source>
        <translation>Leer los ajustes del archivo JSON &lt;file&gt; (creado con --export-settings) y salir.</translation>
    </message>
    <message>
        <source>Ringback texts back the callers your office missed.</source>
        <translation>Ringback envía un SMS a quienes llamaron a su oficina y no fueron atendidos.</translation>
    </message>
    <message>
        <source>Start in the system tray without opening the window (used when Ringback starts at sign-in).</source>
        <translation>Iniciar en la bandeja del sistema sin abrir la ventana (se usa cuando Ringback se inicia al iniciar sesión).</translation>
    </message>
    <message>
        <source>Use the database file &lt;path&gt; instead of the one in your data folder, or a shared database: postgresql://user@server:5432/database.</source>
        <translation>Usar el archivo de base de datos &lt;path&gt; en lugar del de su carpeta de datos, o una base de datos compartida: postgresql://usuario@servidor:5432/base.</translation>
    </message>
    <message>
        <source>Copy this desk&apos;s database into the empty shared database &lt;url&gt; (postgresql://user@server/database), use that from now on, and exit. The file stays as a backup.</source>
        <translation>Copiar la base de datos de este puesto en la base de datos compartida vacía &lt;url&gt; (postgresql://usuario@servidor/base), usarla desde ahora y salir. El archivo se conserva como copia de seguridad.</translation>
    </message>
    <message>
        <source>Send the automatic texts held for approval (over the hourly limit) and exit; the desk or worker that texts sends them at its next check.</source>
        <translation>Enviar los SMS automáticos retenidos para aprobación (por encima del límite por hora) y salir; el puesto o el servicio que envía los SMS los manda en su siguiente comprobación.</translation>
    </message>
    <message>
        <source>Twilio&apos;s Messaging API address, where the texting registration is read (default: https://messaging.twilio.com).</source>
        <translation>Dirección de la API de mensajería de Twilio, donde se lee el registro para enviar SMS (por defecto: https://messaging.twilio.com).</translation>
    </message>
</context>
<context>
    <name>HeldTextsCommand</name>
    <message>
        <source>Could not read the held texts: %1</source>
        <translation>No se pudieron leer los SMS retenidos: %1</translation>
    </message>
    <message>
        <source>No texts are held for approval.</source>
        <translation>No hay SMS retenidos para aprobación.</translation>
    </message>
    <message>
        <source>The held texts were not released: %1</source>
        <translation>Los SMS retenidos no se liberaron: %1</translation>
    </message>
    <message numerus="yes">
        <source>Released %n held text(s): they go out at the next check of the desk or worker that texts.</source>
        <translation>
            <numerusform>Se liberó %n SMS retenido: sale en la siguiente comprobación del puesto o del servicio que envía los SMS.</numerusform>
            <numerusform>Se liberaron %n SMS retenidos: salen en la siguiente comprobación del puesto o del servicio que envía los SMS.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Ringback cannot start</source>
        <translation>Ringback no puede iniciarse</translation>
    </message>
    <message>
        <source>Ringback could not start again: open it from the menu.</source>
        <translation>Ringback no pudo volver a iniciarse: ábralo desde el menú.</translation>
    </message>
</context>
<context>
    <name>ScheduledTextStore</name>
    <message>
        <source>Too late to change this text: it is being sent, or it was sent or cancelled meanwhile.</source>
        <translation>Ya no se puede cambiar este mensaje: se está enviando, o ya se envió o se canceló.</translation>
    </message>
</context>
<context>
    <name>StaffReply</name>
    <message>
        <source>This caller opted out of texts, so Ringback will not text them. Call them instead.</source>
        <translation>Esta persona se dio de baja de los SMS, así que Ringback no le enviará SMS. Llámela en su lugar.</translation>
    </message>
    <message>
        <source>This number is blocked, so Ringback will not text it.</source>
        <translation>Este número está bloqueado, así que Ringback no le enviará SMS.</translation>
    </message>
    <message>
        <source>This number cannot receive texts (a landline, or texts to it were not delivered). Call them instead.</source>
        <translation>Este número no puede recibir SMS (es un fijo, o los SMS enviados no se entregaron). Llame a la persona en su lugar.</translation>
    </message>
    <message>
        <source>This is not a valid phone number, so it cannot be texted.</source>
        <translation>Este no es un número de teléfono válido, así que no se le puede enviar un SMS.</translation>
    </message>
    <message>
        <source>Ringback does not know which of your numbers to text from yet. Choose your business number in Settings, then send again.</source>
        <translation>Ringback aún no sabe desde cuál de sus números enviar el SMS. Elija el número de su negocio en Ajustes y vuelva a enviar.</translation>
    </message>
    <message>
        <source>Ringback does not know your WhatsApp sender yet. Enter it in Settings, then send again.</source>
        <translation>Ringback aún no conoce su remitente de WhatsApp. Indíquelo en Ajustes y vuelva a enviar.</translation>
    </message>
</context>
<context>
    <name>TextingReadiness</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>This account has no phone numbers yet.</source>
        <translation>Esta cuenta aún no tiene números de teléfono.</translation>
    </message>
    <message>
        <source>This provider does not report a texting registration: check it in the provider&apos;s own console.</source>
        <translation>Este proveedor no informa del registro para enviar SMS: compruébelo en la consola del propio proveedor.</translation>
    </message>
    <message>
        <source>Ready to text US numbers</source>
        <translation>Listo para enviar SMS a números de EE. UU.</translation>
    </message>
    <message>
        <source>Brand registered, but this number is in no approved campaign: US carriers block these texts; add it to your messaging service in the Twilio console (%1)</source>
        <translation>Marca registrada, pero este número no está en ninguna campaña aprobada: los operadores de EE. UU. bloquean estos SMS; añádalo a su servicio de mensajería en la consola de Twilio (%1)</translation>
    </message>
    <message>
        <source>Registration rejected or suspended: US carriers block these texts; see the reason in the Twilio console (%1)</source>
        <translation>Registro rechazado o suspendido: los operadores de EE. UU. bloquean estos SMS; vea el motivo en la consola de Twilio (%1)</translation>
    </message>
    <message>
        <source>Toll-free verification submitted, waiting for approval; texts to US numbers may be blocked until then</source>
        <translation>Verificación del número gratuito enviada, a la espera de aprobación; hasta entonces los SMS a números de EE. UU. pueden bloquearse</translation>
    </message>
    <message>
        <source>Toll-free verification rejected: US carriers block these texts; see the reason in the Twilio console (%1)</source>
        <translation>Verificación del número gratuito rechazada: los operadores de EE. UU. bloquean estos SMS; vea el motivo en la consola de Twilio (%1)</translation>
    </message>
    <message>
        <source>Not a US number, so US registration does not apply</source>
        <translation>No es un número de EE. UU., así que el registro de EE. UU. no se aplica</translation>
    </message>
    <message>
        <source>US local number</source>
        <translation>número local de EE. UU.</translation>
    </message>
    <message>
        <source>US toll-free number</source>
        <translation>número gratuito de EE. UU.</translation>
    </message>
    <message>
        <source>not a US number</source>
        <translation>no es un número de EE. UU.</translation>
    </message>
    <message>
        <source>Could not check the texting registration: Twilio denied permission (error 20003). Use the main account&apos;s Account SID and Auth Token, then check again.</source>
        <translation>No se pudo comprobar el registro para enviar SMS: Twilio denegó el permiso (error 20003). Use el Account SID y el Auth Token de la cuenta principal y vuelva a comprobarlo.</translation>
    </message>
    <message>
        <source>Could not check the texting registration: Twilio refused the Account SID or Auth Token. Check them, then check again.</source>
        <translation>No se pudo comprobar el registro para enviar SMS: Twilio rechazó el Account SID o el Auth Token. Revíselos y vuelva a comprobarlo.</translation>
    </message>
    <message>
        <source>Could not check the texting registration: this account may not read it. Use the main account&apos;s credentials, then check again.</source>
        <translation>No se pudo comprobar el registro para enviar SMS: esta cuenta no puede leerlo. Use las credenciales de la cuenta principal y vuelva a comprobarlo.</translation>
    </message>
    <message>
        <source>Could not check the texting registration: Twilio&apos;s messaging address was not found. Check the provider address, then check again.</source>
        <translation>No se pudo comprobar el registro para enviar SMS: no se encontró la dirección de mensajería de Twilio. Revise la dirección del proveedor y vuelva a comprobarlo.</translation>
    </message>
    <message>
        <source>Could not check the texting registration: Twilio asked Ringback to slow down. Check again in a minute.</source>
        <translation>No se pudo comprobar el registro para enviar SMS: Twilio pidió a Ringback que fuera más despacio. Vuelva a comprobarlo en un minuto.</translation>
    </message>
    <message>
        <source>Could not check the texting registration: %1</source>
        <translation>No se pudo comprobar el registro para enviar SMS: %1</translation>
    </message>
</context>
<context>
    <name>TwilioCredentialSource</name>
    <message>
        <source>No Twilio credentials were found. Set RINGBACK_TWILIO_ACCOUNT_SID and RINGBACK_TWILIO_AUTH_TOKEN, or enter them in Settings.</source>
        <translation>No se encontraron credenciales de Twilio. Defina RINGBACK_TWILIO_ACCOUNT_SID y RINGBACK_TWILIO_AUTH_TOKEN, o introdúzcalas en Ajustes.</translation>
    </message>
</context>
<context>
    <name>TwilioErrorCodes</name>
    <message>
        <source>This person has opted out of texts from your number, so Twilio will not deliver them.</source>
        <translation>Esta persona se dio de baja de los SMS de su número, así que Twilio no se los entregará.</translation>
    </message>
    <message>
        <source>Twilio says this phone number is not valid or cannot receive texts.</source>
        <translation>Según Twilio, este número de teléfono no es válido o no puede recibir SMS.</translation>
    </message>
    <message>
        <source>Your Twilio account may not text this country. Allow it in the Twilio Console under Messaging Geographic Permissions.</source>
        <translation>Su cuenta de Twilio no puede enviar SMS a este país. Permítalo en la consola de Twilio, en Messaging Geographic Permissions.</translation>
    </message>
    <message>
        <source>Too many texts were waiting at the provider, so this one was dropped. Send it again.</source>
        <translation>Había demasiados SMS en espera en el proveedor y este se descartó. Envíelo de nuevo.</translation>
    </message>
    <message>
        <source>The provider account is suspended. Check it in the Twilio Console.</source>
        <translation>La cuenta del proveedor está suspendida. Revísela en la consola de Twilio.</translation>
    </message>
    <message>
        <source>The phone was switched off or out of reach.</source>
        <translation>El teléfono estaba apagado o fuera de cobertura.</translation>
    </message>
    <message>
        <source>The recipient&apos;s phone or carrier blocked the text.</source>
        <translation>El teléfono o el operador de la persona bloqueó el SMS.</translation>
    </message>
    <message>
        <source>The number does not exist or is no longer in service.</source>
        <translation>El número no existe o ya no está en servicio.</translation>
    </message>
    <message>
        <source>The number is a landline or its carrier cannot take texts. Call them instead.</source>
        <translation>El número es un fijo o su operador no acepta SMS. Llame a la persona en su lugar.</translation>
    </message>
    <message>
        <source>The carrier filtered the text as spam. Try plainer wording without links.</source>
        <translation>El operador filtró el SMS como spam. Pruebe con un texto más sencillo y sin enlaces.</translation>
    </message>
    <message>
        <source>The carrier reported an unknown error.</source>
        <translation>El operador informó de un error desconocido.</translation>
    </message>
    <message>
        <source>The provider gave no reason (error %1).</source>
        <translation>El proveedor no dio ningún motivo (error %1).</translation>
    </message>
    <message>
        <source>The provider gave no reason.</source>
        <translation>El proveedor no dio ningún motivo.</translation>
    </message>
    <message>
        <source>Toll-free number not verified: US carriers block these texts; verify it in the Twilio console (https://www.twilio.com/docs/messaging/compliance/toll-free/console-onboarding)</source>
        <translation>Número gratuito sin verificar: los operadores de EE. UU. bloquean estos SMS; verifíquelo en la consola de Twilio (https://www.twilio.com/docs/messaging/compliance/toll-free/console-onboarding)</translation>
    </message>
    <message>
        <source>Not registered: US carriers block these texts; register in the Twilio console (https://www.twilio.com/docs/messaging/compliance/a2p-10dlc)</source>
        <translation>Sin registrar: los operadores de EE. UU. bloquean estos SMS; regístrese en la consola de Twilio (https://www.twilio.com/docs/messaging/compliance/a2p-10dlc)</translation>
    </message>
    <message>
        <source>Registered, waiting for approval (usually 1-3 weeks); texts to US numbers may be blocked until then</source>
        <translation>Registrado, a la espera de aprobación (suele tardar de 1 a 3 semanas); hasta entonces los SMS a números de EE. UU. pueden bloquearse</translation>
    </message>
    <message>
        <source>More than 24 hours have passed since this customer last wrote on WhatsApp, so only an approved template can be sent.</source>
        <translation>Han pasado más de 24 horas desde el último mensaje de este cliente por WhatsApp: solo se puede enviar una plantilla aprobada.</translation>
    </message>
</context>
<context>
    <name>TwilioErrorMapper</name>
    <message>
        <source>Twilio refused the Account SID or Auth Token. Check them in Settings.</source>
        <translation>Twilio rechazó el Account SID o el Auth Token. Revíselos en Ajustes.</translation>
    </message>
    <message>
        <source>Twilio does not allow this account to do that. Check the account&apos;s permissions in the Twilio Console.</source>
        <translation>Twilio no permite a esta cuenta hacer eso. Revise los permisos de la cuenta en la consola de Twilio.</translation>
    </message>
    <message>
        <source>Twilio does not know that account or record. Check the Account SID and the provider address in Settings.</source>
        <translation>Twilio no conoce esa cuenta o ese registro. Revise el Account SID y la dirección del proveedor en Ajustes.</translation>
    </message>
    <message numerus="yes">
        <source>Twilio asked Ringback to slow down, so it will try again in %n second(s).</source>
        <translation>
            <numerusform>Twilio pidió a Ringback que fuera más despacio; lo intentará de nuevo en %n segundo.</numerusform>
            <numerusform>Twilio pidió a Ringback que fuera más despacio; lo intentará de nuevo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Twilio asked Ringback to slow down, so it will try again shortly.</source>
        <translation>Twilio pidió a Ringback que fuera más despacio; lo intentará de nuevo en breve.</translation>
    </message>
    <message>
        <source>Twilio is having trouble right now (HTTP %1), so Ringback will try again.</source>
        <translation>Twilio tiene problemas en este momento (HTTP %1); Ringback lo intentará de nuevo.</translation>
    </message>
    <message>
        <source>Twilio refused the request (HTTP %1).</source>
        <translation>Twilio rechazó la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <source>Twilio refused the request (error %1): %2</source>
        <translation>Twilio rechazó la solicitud (error %1): %2</translation>
    </message>
    <message>
        <source>The answer from %1 was not what the Twilio API sends. Check the provider address in Settings.</source>
        <translation>La respuesta de %1 no es la que envía la API de Twilio. Revise la dirección del proveedor en Ajustes.</translation>
    </message>
    <message>
        <source>%1 did not answer in time, so Ringback will try again.</source>
        <translation>%1 no respondió a tiempo; Ringback lo intentará de nuevo.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be trusted, so Ringback sent nothing. Check the computer&apos;s date and the provider address.</source>
        <translation>No se pudo confiar en la conexión segura con %1, así que Ringback no envió nada. Revise la fecha del ordenador y la dirección del proveedor.</translation>
    </message>
    <message>
        <source>Ringback cannot find %1. Check the internet connection and the provider address.</source>
        <translation>Ringback no encuentra %1. Revise la conexión a internet y la dirección del proveedor.</translation>
    </message>
    <message>
        <source>Ringback cannot reach %1. Check the internet connection.</source>
        <translation>Ringback no puede conectar con %1. Revise la conexión a internet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s), so Ringback will try again.</source>
        <translation>
            <numerusform>%1 no respondió en %n segundo; Ringback lo intentará de nuevo.</numerusform>
            <numerusform>%1 no respondió en %n segundos; Ringback lo intentará de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer from %1 was larger than %2 MB, so Ringback stopped reading it.</source>
        <translation>La respuesta de %1 superaba los %2 MB, así que Ringback dejó de leerla.</translation>
    </message>
    <message>
        <source>Ringback stopped before %1 answered; a text that may have gone out is checked before it is sent again.</source>
        <translation>Ringback se detuvo antes de que %1 respondiera; un SMS que pudo haberse enviado se comprueba antes de volver a enviarlo.</translation>
    </message>
</context>
<context>
    <name>WhatsAppTemplateFill</name>
    <message>
        <source>there</source>
        <extracomment>Stands for a customer&apos;s first name Ringback does not know (&quot;Hi there&quot;)</extracomment>
        <translation>qué tal</translation>
    </message>
</context>
<context>
    <name>WhatsAppWindow</name>
    <message>
        <source>WhatsApp window closed: approved templates only</source>
        <translation>Ventana de WhatsApp cerrada: solo plantillas aprobadas</translation>
    </message>
    <message numerus="yes">
        <source>WhatsApp window: %n h left</source>
        <translation>
            <numerusform>Ventana de WhatsApp: queda %n h</numerusform>
            <numerusform>Ventana de WhatsApp: quedan %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>WhatsApp window: %n min left</source>
        <translation>
            <numerusform>Ventana de WhatsApp: queda %n min</numerusform>
            <numerusform>Ventana de WhatsApp: quedan %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ringback::AutomationState</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Auto text-back is starting…</source>
        <translation>La respuesta automática por SMS se está iniciando…</translation>
    </message>
    <message numerus="yes">
        <source>Auto text-back is live. Last checked %1, %n text(s) queued.</source>
        <translation>
            <numerusform>La respuesta automática por SMS está activa. Última comprobación: %1; %n SMS en cola.</numerusform>
            <numerusform>La respuesta automática por SMS está activa. Última comprobación: %1; %n SMS en cola.</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto text-back is paused: missed callers are not being texted. Last checked %1.</source>
        <translation>La respuesta automática por SMS está en pausa: no se envían SMS a las llamadas perdidas. Última comprobación: %1.</translation>
    </message>
    <message>
        <source>Auto text-back runs on %1; this desk shows the shared inbox.</source>
        <translation>La respuesta automática por SMS se ejecuta en %1; este puesto muestra la bandeja compartida.</translation>
    </message>
    <message>
        <source>Auto text-back has a problem: %1</source>
        <translation>La respuesta automática por SMS tiene un problema: %1</translation>
    </message>
    <message>
        <source>Auto text-back is offline: %1 Retrying; last checked %2.</source>
        <translation>La respuesta automática por SMS está sin conexión: %1 Reintentando; última comprobación: %2.</translation>
    </message>
    <message>
        <source>Auto text-back is stopped.</source>
        <translation>La respuesta automática por SMS está detenida.</translation>
    </message>
    <message>
        <source>%1 Texts to US numbers are failing: %2</source>
        <translation>%1 Los SMS a números de EE. UU. están fallando: %2</translation>
    </message>
</context>
<context>
    <name>ringback::AutostartRegistration</name>
    <message>
        <source>Ringback could not write %1 (%2). Check that your home folder is not full or read-only, then try again.</source>
        <translation>Ringback no pudo escribir %1 (%2). Compruebe que su carpeta personal no está llena ni es de solo lectura y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Ringback could not remove %1 (%2). Turn it off in System Settings, General, Login Items.</source>
        <translation>Ringback no pudo quitar %1 (%2). Desactívelo en Ajustes del Sistema, General, Ítems de inicio.</translation>
    </message>
    <message>
        <source>Windows did not let Ringback add itself to the programs that start when you sign in (%1). Your computer&apos;s administrator may have turned this off.</source>
        <translation>Windows no permitió que Ringback se añadiera a los programas que se inician al iniciar sesión (%1). Puede que el administrador del equipo lo haya desactivado.</translation>
    </message>
    <message>
        <source>Windows did not let Ringback remove itself from the programs that start when you sign in (%1). Turn it off in Task Manager, Startup apps.</source>
        <translation>Windows no permitió que Ringback se quitara de los programas que se inician al iniciar sesión (%1). Desactívelo en el Administrador de tareas, Aplicaciones de arranque.</translation>
    </message>
    <message>
        <source>Ringback could not create the folder %1. Check that your home folder is not full or read-only, then try again.</source>
        <translation>Ringback no pudo crear la carpeta %1. Compruebe que su carpeta personal no está llena ni es de solo lectura y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Ringback could not remove %1 (%2). Delete the file yourself to stop Ringback starting at sign-in.</source>
        <translation>Ringback no pudo quitar %1 (%2). Borre usted el archivo para que Ringback deje de iniciarse al iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>ringback::BusinessHours</name>
    <message>
        <source>%1: %2 to %3 is not a range of opening hours. Opening must come before closing, within the day.</source>
        <translation>%1: de %2 a %3 no es un horario válido. La apertura debe ser anterior al cierre, dentro del mismo día.</translation>
    </message>
    <message>
        <source>%1: %2 to %3 overlaps %4 to %5.</source>
        <translation>%1: de %2 a %3 se solapa con de %4 a %5.</translation>
    </message>
    <message>
        <source>Choose the time zone the business keeps its hours in.</source>
        <translation>Elija la zona horaria en la que el negocio cuenta su horario.</translation>
    </message>
    <message>
        <source>The closure &quot;%1&quot; has no valid date.</source>
        <translation>El cierre «%1» no tiene una fecha válida.</translation>
    </message>
</context>
<context>
    <name>ringback::BusinessHoursText</name>
    <message>
        <source>Open now</source>
        <translation>Abierto ahora</translation>
    </message>
    <message>
        <source>Open now, closes at %1</source>
        <translation>Abierto ahora, cierra a las %1</translation>
    </message>
    <message>
        <source>Open now, closes %1 %2</source>
        <translation>Abierto ahora, cierra el %1 a las %2</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Closed for %1</source>
        <translation>Cerrado por %1</translation>
    </message>
    <message>
        <source>Closed, opens at %1</source>
        <translation>Cerrado, abre a las %1</translation>
    </message>
    <message>
        <source>Closed for %1, opens at %2</source>
        <translation>Cerrado por %1, abre a las %2</translation>
    </message>
    <message>
        <source>Closed, opens %1 %2</source>
        <translation>Cerrado, abre el %1 a las %2</translation>
    </message>
    <message>
        <source>Closed for %1, opens %2 %3</source>
        <translation>Cerrado por %1, abre el %2 a las %3</translation>
    </message>
    <message>
        <source>%1 today</source>
        <comment>next opening later today</comment>
        <translation>hoy a las %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <comment>next opening</comment>
        <translation>mañana a las %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>next opening: weekday, time</comment>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>dddd, MMMM d</source>
        <comment>date format of a next opening more than a week away</comment>
        <translation>dddd d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>next opening: date, time</comment>
        <translation>%1 a las %2</translation>
    </message>
</context>
<context>
    <name>ringback::CallClassification</name>
    <message>
        <source>Call still in progress</source>
        <translation>Llamada aún en curso</translation>
    </message>
    <message>
        <source>Not a call to the business</source>
        <translation>No es una llamada al negocio</translation>
    </message>
    <message>
        <source>Answered call</source>
        <translation>Llamada atendida</translation>
    </message>
    <message>
        <source>Missed call: nobody answered</source>
        <translation>Llamada perdida: nadie contestó</translation>
    </message>
    <message>
        <source>Missed call: the line was busy</source>
        <translation>Llamada perdida: la línea estaba ocupada</translation>
    </message>
    <message>
        <source>Missed call: the caller hung up while it rang</source>
        <translation>Llamada perdida: colgó mientras sonaba</translation>
    </message>
    <message>
        <source>Missed call: the call failed to connect</source>
        <translation>Llamada perdida: la llamada no llegó a conectar</translation>
    </message>
    <message>
        <source>Missed call: forwarded, but nobody picked up</source>
        <translation>Llamada perdida: desviada, pero nadie contestó</translation>
    </message>
    <message>
        <source>Missed call: only a cell phone&apos;s voicemail picked up</source>
        <translation>Llamada perdida: solo contestó el buzón de voz de un móvil</translation>
    </message>
    <message>
        <source>Missed call: the caller hung up during the greeting</source>
        <translation>Llamada perdida: colgó durante el saludo</translation>
    </message>
    <message>
        <source>Missed call: the voicemail or greeting took it</source>
        <translation>Llamada perdida: la atendió el buzón de voz o el saludo</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>Llamada perdida</translation>
    </message>
</context>
<context>
    <name>ringback::CredentialChooser</name>
    <message>
        <source>Saved in the system keychain</source>
        <translation>Guardado en el llavero del sistema</translation>
    </message>
    <message>
        <source>Saved in a file only you can read: %1</source>
        <translation>Guardado en un archivo que solo usted puede leer: %1</translation>
    </message>
    <message>
        <source>From environment variables</source>
        <translation>De las variables de entorno</translation>
    </message>
    <message>
        <source>Not saved on this computer yet</source>
        <translation>Aún no está guardado en este ordenador</translation>
    </message>
    <message>
        <source>%1, or %2</source>
        <translation>%1, o %2</translation>
    </message>
    <message>
        <source>This computer has no keychain Ringback can use. Run setup again and allow Ringback to keep the token in a file only you can read, or set the credentials in environment variables.</source>
        <translation>Este ordenador no tiene un llavero que Ringback pueda usar. Vuelva a ejecutar la configuración y permita que Ringback guarde el token en un archivo que solo usted pueda leer, o defina las credenciales en variables de entorno.</translation>
    </message>
</context>
<context>
    <name>ringback::CredentialFileStore</name>
    <message>
        <source>a file only you can read (%1)</source>
        <translation>un archivo que solo usted puede leer (%1)</translation>
    </message>
    <message>
        <source>The credentials file %1 can be read by other people on this computer, so Ringback will not use it. Change the token at your provider, delete the file and enter the new token in Ringback&apos;s setup.</source>
        <translation>Otras personas de este ordenador pueden leer el archivo de credenciales %1, así que Ringback no lo usará. Cambie el token en su proveedor, borre el archivo e introduzca el nuevo token en la configuración de Ringback.</translation>
    </message>
    <message>
        <source>Ringback could not open the credentials file %1: %2</source>
        <translation>Ringback no pudo abrir el archivo de credenciales %1: %2</translation>
    </message>
    <message>
        <source>The credentials file %1 is damaged. Delete it and enter the token again in Ringback&apos;s setup.</source>
        <translation>El archivo de credenciales %1 está dañado. Bórrelo e introduzca el token de nuevo en la configuración de Ringback.</translation>
    </message>
    <message>
        <source>Ringback could not create the folder %1 for its credentials file.</source>
        <translation>Ringback no pudo crear la carpeta %1 para su archivo de credenciales.</translation>
    </message>
    <message>
        <source>Ringback could not write the credentials file %1: %2</source>
        <translation>Ringback no pudo escribir el archivo de credenciales %1: %2</translation>
    </message>
    <message>
        <source>Nothing is saved in the credentials file under that name.</source>
        <translation>No hay nada guardado con ese nombre en el archivo de credenciales.</translation>
    </message>
</context>
<context>
    <name>ringback::CsvExport</name>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Valor estimado</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Primer contacto</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Duración (s)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>What Ringback did</source>
        <translation>Qué hizo Ringback</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder, or check there is free space.</source>
        <translation>No se pudo escribir %1: %2. Elija otra carpeta o compruebe que hay espacio libre.</translation>
    </message>
    <message>
        <source>The file could not be written. Check there is free space and that you may save in that folder, then export again.</source>
        <translation>No se pudo escribir el archivo. Compruebe que hay espacio libre y que puede guardar en esa carpeta, y vuelva a exportar.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Inicio del periodo</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin del periodo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Missed calls</source>
        <translation>Llamadas perdidas</translation>
    </message>
    <message>
        <source>Missed calls before Ringback was switched on</source>
        <translation>Llamadas perdidas antes de activar Ringback</translation>
    </message>
    <message>
        <source>Missed calls since Ringback was switched on</source>
        <translation>Llamadas perdidas desde que se activó Ringback</translation>
    </message>
    <message>
        <source>Texted back</source>
        <translation>Respondidas por SMS</translation>
    </message>
    <message>
        <source>Texted back (% of missed calls since the switch-on)</source>
        <translation>Respondidas por SMS (% de las llamadas perdidas desde la activación)</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Respondieron</translation>
    </message>
    <message>
        <source>Replied (% of texted)</source>
        <translation>Respondieron (% de los que recibieron SMS)</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <source>Callers since the switch-on</source>
        <translation>Personas que llamaron desde la activación</translation>
    </message>
    <message>
        <source>Of those, booked or won</source>
        <translation>De ellas, reservadas o ganadas</translation>
    </message>
    <message>
        <source>Booked (% of callers since the switch-on)</source>
        <translation>Reservadas (% de quienes llamaron desde la activación)</translation>
    </message>
    <message>
        <source>Recovered jobs</source>
        <translation>Trabajos recuperados</translation>
    </message>
    <message>
        <source>Recovered jobs valued at the average job</source>
        <translation>Trabajos recuperados valorados al trabajo medio</translation>
    </message>
    <message>
        <source>Recovered value</source>
        <translation>Valor recuperado</translation>
    </message>
    <message>
        <source>Missed calls at risk</source>
        <translation>Llamadas perdidas en riesgo</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>Valor en riesgo</translation>
    </message>
    <message>
        <source>Average job value</source>
        <translation>Valor del trabajo medio</translation>
    </message>
    <message>
        <source>Average job value from</source>
        <translation>Valor del trabajo medio según</translation>
    </message>
    <message numerus="yes">
        <source>won jobs (%n)</source>
        <translation>
            <numerusform>trabajos ganados (%n)</numerusform>
            <numerusform>trabajos ganados (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>the owner&apos;s figure</source>
        <translation>la cifra del dueño</translation>
    </message>
    <message>
        <source>Missed calls a week</source>
        <translation>Llamadas perdidas por semana</translation>
    </message>
    <message>
        <source>What silence costs a year</source>
        <translation>Lo que cuesta el silencio en un año</translation>
    </message>
    <message>
        <source>Time to text, median (s)</source>
        <translation>Tiempo hasta el SMS, mediana (s)</translation>
    </message>
    <message>
        <source>Time to text, 95% within (s)</source>
        <translation>Tiempo hasta el SMS, el 95 % en (s)</translation>
    </message>
    <message>
        <source>Staff answers</source>
        <translation>Respuestas del personal</translation>
    </message>
    <message>
        <source>Staff response time, median (s)</source>
        <translation>Tiempo de respuesta del personal, mediana (s)</translation>
    </message>
    <message>
        <source>Staff response time, 90% within (s)</source>
        <translation>Tiempo de respuesta del personal, el 90 % en (s)</translation>
    </message>
    <message>
        <source>Answered within 5 minutes (%)</source>
        <translation>Respondidos en 5 minutos (%)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Sent outside Ringback</source>
        <translation>Enviados fuera de Ringback</translation>
    </message>
</context>
<context>
    <name>ringback::DashboardReport</name>
    <message>
        <source>Not decided yet</source>
        <translation>Aún sin decidir</translation>
    </message>
    <message>
        <source>Held for a person to approve (over the hourly limit)</source>
        <translation>Retenido hasta que alguien lo apruebe (por encima del límite por hora)</translation>
    </message>
    <message>
        <source>The text could not be sent</source>
        <translation>No se pudo enviar el SMS</translation>
    </message>
    <message>
        <source>Not texted: the caller was reached by phone first</source>
        <translation>Sin SMS: se habló antes por teléfono con quien llamó</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Esperando para enviarse</translation>
    </message>
</context>
<context>
    <name>ringback::Database</name>
    <message>
        <source>The Qt database driver %1 is not installed. Reinstall Ringback.</source>
        <translation>El controlador de base de datos de Qt %1 no está instalado. Reinstale Ringback.</translation>
    </message>
    <message>
        <source>The database %1 was saved by a newer version of Ringback (data version %2; this version understands up to %3). It has not been changed. Install the newer Ringback, or start this one with --db and another file.</source>
        <translation>La base de datos %1 la guardó una versión más reciente de Ringback (versión de datos %2; esta versión entiende hasta la %3). No se ha modificado. Instale el Ringback más reciente, o inicie este con --db y otro archivo.</translation>
    </message>
    <message>
        <source>The database %1 belongs to another program (it has tables Ringback did not create), so Ringback has not changed it. Start Ringback with --db and a new file name.</source>
        <translation>La base de datos %1 pertenece a otro programa (tiene tablas que Ringback no creó), así que Ringback no la ha modificado. Inicie Ringback con --db y un nombre de archivo nuevo.</translation>
    </message>
    <message>
        <source>Another program is holding the database %1 locked. Close any other copy of Ringback (or the program that has the file open) and try again.</source>
        <translation>Otro programa mantiene bloqueada la base de datos %1. Cierre cualquier otra copia de Ringback (o el programa que tenga el archivo abierto) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Ringback cannot save to the database %1 because it is read-only. Check the permissions of the file and its folder, or start Ringback with --db and a file in a folder you can write to.</source>
        <translation>Ringback no puede guardar en la base de datos %1 porque es de solo lectura. Revise los permisos del archivo y de su carpeta, o inicie Ringback con --db y un archivo en una carpeta donde pueda escribir.</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a database, so Ringback has not opened or changed it. Restore it from a backup, or move it to another folder and start Ringback again to begin with a new one.</source>
        <translation>La base de datos %1 está dañada o no es una base de datos, así que Ringback no la ha abierto ni modificado. Restáurela desde una copia de seguridad, o muévala a otra carpeta e inicie Ringback de nuevo para empezar con una nueva.</translation>
    </message>
    <message>
        <source>The disk that holds the database %1 is full, so the last change was not saved. Free some space and try again; nothing saved before has been lost.</source>
        <translation>El disco que contiene la base de datos %1 está lleno, así que el último cambio no se guardó. Libere espacio e inténtelo de nuevo; no se ha perdido nada de lo guardado antes.</translation>
    </message>
    <message>
        <source>Ringback cannot open the database %1. Check that its folder exists and that you may write to it (for a shared database: that the server is running and the user name and password are right).</source>
        <translation>Ringback no puede abrir la base de datos %1. Compruebe que su carpeta existe y que puede escribir en ella (para una base de datos compartida: que el servidor está en marcha y que el usuario y la contraseña son correctos).</translation>
    </message>
    <message>
        <source>The database %1 refused a change that would have duplicated or orphaned a record.</source>
        <translation>La base de datos %1 rechazó un cambio que habría duplicado o dejado huérfano un registro.</translation>
    </message>
    <message>
        <source>The database %1 reported an error. Ringback has kept what was saved before; if this keeps happening, restart Ringback.</source>
        <translation>La base de datos %1 informó de un error. Ringback ha conservado lo guardado antes; si sigue ocurriendo, reinicie Ringback.</translation>
    </message>
    <message>
        <source>The shared database server %1 refused the user name &quot;%2&quot; or its password. Check both in Settings, Shared database (the office&apos;s database administrator can reset the password).</source>
        <translation>El servidor de la base de datos compartida %1 rechazó el usuario &quot;%2&quot; o su contraseña. Revise ambos en Ajustes, Base de datos compartida (quien administra la base de datos de la oficina puede restablecer la contraseña).</translation>
    </message>
    <message>
        <source>The server %1 is running, but it has no database called &quot;%2&quot;. Check the name in Settings, Shared database, or create it on the server (see &quot;Sharing the inbox between desks&quot; in the README).</source>
        <translation>El servidor %1 está funcionando, pero no tiene ninguna base de datos llamada &quot;%2&quot;. Revise el nombre en Ajustes, Base de datos compartida, o créela en el servidor (vea &quot;Sharing the inbox between desks&quot; en el README).</translation>
    </message>
    <message>
        <source>Ringback cannot reach the shared database server %1 (port %2). Check that the office PC that runs it is switched on and connected to the network; Ringback keeps trying.</source>
        <translation>Ringback no puede conectar con el servidor de la base de datos compartida %1 (puerto %2). Compruebe que el PC de la oficina que lo ejecuta está encendido y conectado a la red; Ringback seguirá intentándolo.</translation>
    </message>
    <message>
        <source>The shared database server %1 and Ringback could not agree on an encrypted connection (sslmode=%2). Check the encryption setting in Settings, Shared database.</source>
        <translation>El servidor de la base de datos compartida %1 y Ringback no pudieron establecer una conexión cifrada (sslmode=%2). Revise el cifrado en Ajustes, Base de datos compartida.</translation>
    </message>
</context>
<context>
    <name>ringback::DatabaseLocation</name>
    <message>
        <source>&quot;%1&quot; is not a shared database address. Write it like %2.</source>
        <translation>&quot;%1&quot; no es una dirección de base de datos compartida. Escríbala así: %2.</translation>
    </message>
    <message>
        <source>Leave the password out of the database address: Ringback keeps it in the system&apos;s password store. Enter it in Settings, Shared database.</source>
        <translation>No ponga la contraseña en la dirección de la base de datos: Ringback la guarda en el almacén de contraseñas del sistema. Escríbala en Ajustes, Base de datos compartida.</translation>
    </message>
    <message>
        <source>The database address asks for sslmode=%1, which PostgreSQL does not know. Use one of: %2.</source>
        <translation>La dirección de la base de datos pide sslmode=%1, que PostgreSQL no conoce. Use uno de estos: %2.</translation>
    </message>
    <message>
        <source>The database address &quot;%1&quot; needs a user, a server and a database name, like %2.</source>
        <translation>La dirección de la base de datos &quot;%1&quot; necesita un usuario, un servidor y el nombre de la base, así: %2.</translation>
    </message>
</context>
<context>
    <name>ringback::DeskConnection</name>
    <message>
        <source>The shared database %1 is not answering. What you do here is kept and saved when it answers again.</source>
        <translation>La base de datos compartida %1 no responde. Lo que haga aquí se conserva y se guarda cuando vuelva a responder.</translation>
    </message>
</context>
<context>
    <name>ringback::FactWording</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Changed from %1 to %2 on the lead card</source>
        <translation>Cambiado de %1 a %2 en la ficha del contacto</translation>
    </message>
    <message>
        <source>No longer assigned to anyone</source>
        <translation>Ya no está asignado a nadie</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Asignado a %1</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, por %2</translation>
    </message>
    <message>
        <source>Not sent: nobody approved it.</source>
        <translation>No enviado: nadie lo aprobó.</translation>
    </message>
    <message>
        <source>The carrier could not deliver the text (error %1).</source>
        <translation>El operador no pudo entregar el SMS (error %1).</translation>
    </message>
    <message>
        <source>The phone provider refused the account&apos;s sign-in details. Check them in Settings.</source>
        <translation>El proveedor telefónico rechazó los datos de acceso de la cuenta. Revíselos en Ajustes.</translation>
    </message>
    <message>
        <source>The phone provider does not allow this account to send this text.</source>
        <translation>El proveedor telefónico no permite que esta cuenta envíe este SMS.</translation>
    </message>
    <message>
        <source>The phone provider does not know this account or number. Check them in Settings.</source>
        <translation>El proveedor telefónico no reconoce esta cuenta o este número. Revíselos en Ajustes.</translation>
    </message>
    <message>
        <source>This person has opted out of texts from your number.</source>
        <translation>Esta persona se dio de baja de los SMS de su número.</translation>
    </message>
    <message>
        <source>The phone provider says this number is not valid or cannot receive texts.</source>
        <translation>Según el proveedor telefónico, este número no es válido o no puede recibir SMS.</translation>
    </message>
    <message>
        <source>Your phone provider account may not text this country.</source>
        <translation>Su cuenta del proveedor telefónico no puede enviar SMS a este país.</translation>
    </message>
    <message>
        <source>The phone provider asked Ringback to slow down.</source>
        <translation>El proveedor telefónico pidió a Ringback que fuera más despacio.</translation>
    </message>
    <message>
        <source>The phone provider was having trouble (HTTP %1).</source>
        <translation>El proveedor telefónico tenía problemas (HTTP %1).</translation>
    </message>
    <message>
        <source>The phone provider was having trouble.</source>
        <translation>El proveedor telefónico tenía problemas.</translation>
    </message>
    <message>
        <source>Ringback could not reach the phone provider.</source>
        <translation>Ringback no pudo conectar con el proveedor telefónico.</translation>
    </message>
    <message>
        <source>The phone provider did not answer in time.</source>
        <translation>El proveedor telefónico no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The phone provider&apos;s answer could not be read.</source>
        <translation>No se pudo leer la respuesta del proveedor telefónico.</translation>
    </message>
    <message>
        <source>The phone provider refused the text (error %1): %2</source>
        <translation>El proveedor telefónico rechazó el SMS (error %1): %2</translation>
    </message>
    <message>
        <source>The phone provider refused the text (error %1).</source>
        <translation>El proveedor telefónico rechazó el SMS (error %1).</translation>
    </message>
    <message>
        <source>The phone provider refused the text (HTTP %1).</source>
        <translation>El proveedor telefónico rechazó el SMS (HTTP %1).</translation>
    </message>
    <message>
        <source>The phone provider refused the text: %1</source>
        <translation>El proveedor telefónico rechazó el SMS: %1</translation>
    </message>
    <message>
        <source>The phone provider refused the text.</source>
        <translation>El proveedor telefónico rechazó el SMS.</translation>
    </message>
    <message>
        <source>Not an opt-out: automatic texts allowed again</source>
        <translation>No era una baja: se vuelven a permitir los SMS automáticos</translation>
    </message>
    <message>
        <source>Notes changed on the lead card</source>
        <translation>Notas cambiadas en la ficha</translation>
    </message>
    <message>
        <source>Automatic text held for approval: approved, sent now</source>
        <translation>SMS automático retenido para aprobación: aprobado, se envía ahora</translation>
    </message>
    <message>
        <source>Number blocked: Ringback will not text it</source>
        <translation>Número bloqueado: Ringback no le enviará SMS</translation>
    </message>
    <message>
        <source>Number unblocked: Ringback may text it again</source>
        <translation>Número desbloqueado: Ringback puede volver a enviarle SMS</translation>
    </message>
    <message>
        <source>Automatic text held for approval: not sent</source>
        <translation>SMS automático retenido para aprobación: no enviado</translation>
    </message>
    <message>
        <source>Not sent: cancelled at the office.</source>
        <translation>No enviado: cancelado en la oficina.</translation>
    </message>
    <message>
        <source>Scheduled text cancelled, not sent</source>
        <translation>Mensaje programado cancelado, no enviado</translation>
    </message>
</context>
<context>
    <name>ringback::KeychainCredentialStore</name>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Administrador de credenciales de Windows</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>Llavero de macOS</translation>
    </message>
    <message>
        <source>Secret Service (GNOME Keyring or KWallet)</source>
        <translation>Secret Service (GNOME Keyring o KWallet)</translation>
    </message>
    <message>
        <source>Nothing is saved in the keychain under that name.</source>
        <translation>No hay nada guardado con ese nombre en el llavero.</translation>
    </message>
    <message>
        <source>The keychain refused to give Ringback the saved password.</source>
        <translation>El llavero se negó a dar a Ringback la contraseña guardada.</translation>
    </message>
    <message>
        <source>This computer has no keychain Ringback can use. On Linux, install and unlock a Secret Service such as GNOME Keyring, or set the credentials in environment variables.</source>
        <translation>Este ordenador no tiene un llavero que Ringback pueda usar. En Linux, instale y desbloquee un Secret Service como GNOME Keyring, o defina las credenciales en variables de entorno.</translation>
    </message>
    <message>
        <source>The keychain could not be used: %1</source>
        <translation>No se pudo usar el llavero: %1</translation>
    </message>
</context>
<context>
    <name>ringback::LeadBoardStore</name>
    <message>
        <source>This lead was deleted on another desk. The board shows what is left.</source>
        <translation>Este contacto se eliminó en otro puesto. El tablero muestra lo que queda.</translation>
    </message>
    <message>
        <source>Someone else changed this lead just now, so it was not moved. The board shows their change; move it again if it still needs moving.</source>
        <translation>Otra persona acaba de cambiar este contacto, así que no se movió. El tablero muestra su cambio; vuelva a moverlo si aún hace falta.</translation>
    </message>
</context>
<context>
    <name>ringback::LeadStore</name>
    <message>
        <source>This lead no longer exists in the database %1.</source>
        <translation>Este contacto ya no existe en la base de datos %1.</translation>
    </message>
    <message>
        <source>Someone else changed this lead while you were editing it. Their version is shown now; make your change again.</source>
        <translation>Otra persona cambió este contacto mientras usted lo editaba. Ahora se muestra su versión; vuelva a hacer su cambio.</translation>
    </message>
</context>
<context>
    <name>ringback::MessageIngestor</name>
    <message>
        <source>Opted out of texts (replied %1)</source>
        <translation>Se dio de baja de los SMS (respondió %1)</translation>
    </message>
    <message>
        <source>Opted back in to texts</source>
        <translation>Volvió a aceptar los SMS</translation>
    </message>
    <message>
        <source>Replied by text</source>
        <translation>Respondió por SMS</translation>
    </message>
    <message>
        <source>Text not delivered: %1 (error %2)</source>
        <translation>SMS no entregado: %1 (error %2)</translation>
    </message>
</context>
<context>
    <name>ringback::OutboxSender</name>
    <message>
        <source>Not sent: the caller opted out</source>
        <translation>No enviado: la persona se dio de baja</translation>
    </message>
    <message>
        <source>Texted back</source>
        <translation>SMS enviado</translation>
    </message>
    <message>
        <source>Follow-up text sent</source>
        <translation>SMS de seguimiento enviado</translation>
    </message>
    <message>
        <source>Help reply sent</source>
        <translation>Respuesta de ayuda enviada</translation>
    </message>
    <message>
        <source>Reply sent</source>
        <translation>Respuesta enviada</translation>
    </message>
    <message>
        <source>Not delivered: %1 (provider error %2)</source>
        <translation>No entregado: %1 (error del proveedor %2)</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>No entregado: %1</translation>
    </message>
    <message>
        <source>The phone provider did not take the text.</source>
        <translation>El proveedor telefónico no aceptó el SMS.</translation>
    </message>
    <message>
        <source>Owner reminded by text</source>
        <translation>Aviso al dueño enviado por SMS</translation>
    </message>
    <message>
        <source>Reminder to the owner not sent: %1</source>
        <translation>Aviso al dueño no enviado: %1</translation>
    </message>
    <message>
        <source>Not sent: someone at the office took the conversation over.</source>
        <translation>No enviado: alguien de la oficina se hizo cargo de la conversación.</translation>
    </message>
    <message>
        <source>Not texted: Twilio Lookup says this line cannot take texts.</source>
        <translation>Sin SMS: según Twilio Lookup, esta línea no puede recibir SMS.</translation>
    </message>
    <message>
        <source>Not texted: a pager (Twilio Lookup). Call back.</source>
        <translation>Sin SMS: es un buscapersonas (Twilio Lookup). Devuelva la llamada.</translation>
    </message>
    <message>
        <source>Not texted: a premium-rate number (Twilio Lookup).</source>
        <translation>Sin SMS: es un número de tarificación especial (Twilio Lookup).</translation>
    </message>
    <message>
        <source>Not texted: a landline (Twilio Lookup). Call back.</source>
        <translation>Sin SMS: es un fijo (Twilio Lookup). Devuelva la llamada.</translation>
    </message>
    <message>
        <source>Line type lookup failed, so the text went anyway: %1</source>
        <translation>La consulta del tipo de línea falló, así que el SMS se envió igualmente: %1</translation>
    </message>
</context>
<context>
    <name>ringback::OwnerAlerts</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Waiting %1: %2</source>
        <translation>Esperando %1: %2</translation>
    </message>
    <message>
        <source>Waiting %1: %2 - &apos;%3&apos;</source>
        <extracomment>A text to the owner&apos;s mobile: how long a customer has waited for an answer (&quot;10 min&quot;), who, and their last words. Plain text, keep it short.</extracomment>
        <translation>Esperando %1: %2 - &apos;%3&apos;</translation>
    </message>
    <message>
        <source>URGENT: %1 - &apos;%2&apos;</source>
        <extracomment>A text to the owner&apos;s mobile about a customer whose text holds an urgent word (flooding, gas smell...): who, and their words. Plain text, keep it short.</extracomment>
        <translation>URGENTE: %1 - &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>ringback::PhoneNumberService</name>
    <message>
        <source>unknown type</source>
        <translation>tipo desconocido</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>móvil</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>fijo</translation>
    </message>
    <message>
        <source>mobile or landline</source>
        <translation>móvil o fijo</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>gratuito</translation>
    </message>
    <message>
        <source>premium rate</source>
        <translation>tarificación adicional</translation>
    </message>
    <message>
        <source>shared cost</source>
        <translation>coste compartido</translation>
    </message>
    <message>
        <source>internet phone (VoIP)</source>
        <translation>teléfono por internet (VoIP)</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>número personal</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>buscapersonas</translation>
    </message>
    <message>
        <source>company number</source>
        <translation>número de empresa</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>buzón de voz</translation>
    </message>
</context>
<context>
    <name>ringback::PolicyDecision</name>
    <message>
        <source>Texted back with the after-hours message</source>
        <translation>SMS enviado con el mensaje de fuera de horario</translation>
    </message>
    <message>
        <source>Texted back</source>
        <translation>SMS enviado</translation>
    </message>
    <message>
        <source>Not texted: missed before Ringback started</source>
        <translation>Sin SMS: perdida antes de que Ringback se iniciara</translation>
    </message>
    <message>
        <source>Not texted: the caller ID was withheld</source>
        <translation>Sin SMS: el número estaba oculto</translation>
    </message>
    <message>
        <source>Not texted: the caller ID is not a valid phone number</source>
        <translation>Sin SMS: el identificador de llamada no es un número válido</translation>
    </message>
    <message>
        <source>Not texted: the call came from one of the business&apos;s own numbers</source>
        <translation>Sin SMS: la llamada vino de uno de los números del propio negocio</translation>
    </message>
    <message>
        <source>Not texted: the number is blocked</source>
        <translation>Sin SMS: el número está bloqueado</translation>
    </message>
    <message>
        <source>Not texted: the caller opted out of texts</source>
        <translation>Sin SMS: la persona se dio de baja de los SMS</translation>
    </message>
    <message>
        <source>Not texted: a landline cannot receive texts, call them back</source>
        <translation>Sin SMS: un fijo no puede recibir SMS, devuelva la llamada</translation>
    </message>
    <message>
        <source>Not texted: earlier texts to this number could not be delivered, call them back</source>
        <translation>Sin SMS: los SMS anteriores a este número no se pudieron entregar, devuelva la llamada</translation>
    </message>
    <message>
        <source>Not texted: texts to this country are not allowed in Settings</source>
        <translation>Sin SMS: los SMS a este país no están permitidos en Ajustes</translation>
    </message>
    <message>
        <source>Not texted: auto text-back was paused</source>
        <translation>Sin SMS: la respuesta automática estaba en pausa</translation>
    </message>
    <message>
        <source>Not texted: missed while Ringback was offline, follow up by hand</source>
        <translation>Sin SMS: perdida mientras Ringback estaba desconectado, haga el seguimiento a mano</translation>
    </message>
    <message>
        <source>Not texted: the caller was reached by phone since</source>
        <translation>Sin SMS: ya se habló por teléfono con la persona</translation>
    </message>
    <message>
        <source>Not texted: this caller was already texted recently</source>
        <translation>Sin SMS: ya se envió un SMS a esta persona hace poco</translation>
    </message>
    <message>
        <source>Held for approval: more automatic texts than the hourly limit</source>
        <translation>Pendiente de aprobación: más SMS automáticos que el límite por hora</translation>
    </message>
    <message>
        <source>Not texted</source>
        <translation>Sin SMS</translation>
    </message>
    <message>
        <source>Not texted: their reply looks like an opt-out; confirm or undo it in the conversation</source>
        <translation>Sin SMS: su respuesta parece una baja; confírmela o anúlela en la conversación</translation>
    </message>
</context>
<context>
    <name>ringback::RelativeTime</name>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes ago</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date in this year</comment>
        <translation>d MMM</translation>
    </message>
</context>
<context>
    <name>ringback::SetAsideRecord</name>
    <message>
        <source>The provider sent something that is not a record.</source>
        <translation>El proveedor envió algo que no es un registro.</translation>
    </message>
    <message>
        <source>The record has no id.</source>
        <translation>El registro no tiene id.</translation>
    </message>
    <message>
        <source>The record&apos;s id is not text.</source>
        <translation>El id del registro no es texto.</translation>
    </message>
    <message>
        <source>The record&apos;s status is missing or unknown.</source>
        <translation>El estado del registro falta o es desconocido.</translation>
    </message>
    <message>
        <source>A date in the record is not a date.</source>
        <translation>Una fecha del registro no es una fecha.</translation>
    </message>
    <message>
        <source>A date in the record is in the future.</source>
        <translation>Una fecha del registro está en el futuro.</translation>
    </message>
    <message>
        <source>A number in the record is not a number.</source>
        <translation>Un número del registro no es un número.</translation>
    </message>
    <message>
        <source>The database refused to store the record.</source>
        <translation>La base de datos se negó a guardar el registro.</translation>
    </message>
    <message>
        <source>The record could not be read.</source>
        <translation>No se pudo leer el registro.</translation>
    </message>
</context>
<context>
    <name>ringback::SettingRules</name>
    <message>
        <source>The business name</source>
        <translation>El nombre del negocio</translation>
    </message>
    <message>
        <source>The business&apos;s country</source>
        <translation>El país del negocio</translation>
    </message>
    <message>
        <source>The business numbers</source>
        <translation>Los números del negocio</translation>
    </message>
    <message>
        <source>The booking link</source>
        <translation>El enlace de reserva</translation>
    </message>
    <message>
        <source>The staff names</source>
        <translation>Los nombres del personal</translation>
    </message>
    <message>
        <source>Auto text-back</source>
        <translation>Respuesta automática por SMS</translation>
    </message>
    <message>
        <source>The time auto text-back was switched on</source>
        <translation>La hora en que se activó la respuesta automática por SMS</translation>
    </message>
    <message>
        <source>milliseconds since 1970</source>
        <translation>milisegundos desde 1970</translation>
    </message>
    <message>
        <source>The time between checks for new calls</source>
        <translation>El intervalo entre comprobaciones de llamadas nuevas</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>The wait before texting</source>
        <translation>La espera antes de enviar el SMS</translation>
    </message>
    <message>
        <source>The time between automatic texts to one number</source>
        <translation>El intervalo entre SMS automáticos a un mismo número</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>The age after which missed calls are not texted</source>
        <translation>La antigüedad a partir de la cual no se envía SMS a una llamada perdida</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>The length below which an answered call counts as missed</source>
        <translation>La duración por debajo de la cual una llamada atendida cuenta como perdida</translation>
    </message>
    <message>
        <source>The time a caller may hang up on the greeting</source>
        <translation>El tiempo en que alguien puede colgar durante el saludo</translation>
    </message>
    <message>
        <source>The countries texts may go to</source>
        <translation>Los países a los que se pueden enviar SMS</translation>
    </message>
    <message>
        <source>The limit of automatic texts per hour</source>
        <translation>El límite de SMS automáticos por hora</translation>
    </message>
    <message>
        <source>texts</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>The follow-up text</source>
        <translation>El SMS de seguimiento</translation>
    </message>
    <message>
        <source>The wait before a follow-up</source>
        <translation>La espera antes del seguimiento</translation>
    </message>
    <message>
        <source>The reply to HELP</source>
        <translation>La respuesta a HELP</translation>
    </message>
    <message>
        <source>The phone provider</source>
        <translation>El proveedor telefónico</translation>
    </message>
    <message>
        <source>The provider&apos;s address</source>
        <translation>La dirección del proveedor</translation>
    </message>
    <message>
        <source>The provider account ID</source>
        <translation>El ID de cuenta del proveedor</translation>
    </message>
    <message>
        <source>The account&apos;s numbers</source>
        <translation>Los números de la cuenta</translation>
    </message>
    <message>
        <source>A saved reply</source>
        <translation>Una respuesta guardada</translation>
    </message>
    <message>
        <source>&quot;Setup completed&quot;</source>
        <translation>&quot;Configuración completada&quot;</translation>
    </message>
    <message>
        <source>The desk name</source>
        <translation>El nombre del puesto</translation>
    </message>
    <message>
        <source>The name of who works at this desk</source>
        <translation>El nombre de quien trabaja en este puesto</translation>
    </message>
    <message>
        <source>The database location</source>
        <translation>La ubicación de la base de datos</translation>
    </message>
    <message>
        <source>The permission to keep the token in a file</source>
        <translation>El permiso para guardar el token en un archivo</translation>
    </message>
    <message>
        <source>The language</source>
        <translation>El idioma</translation>
    </message>
    <message>
        <source>Reply notifications</source>
        <translation>Notificaciones de respuestas</translation>
    </message>
    <message>
        <source>&quot;Start at sign-in&quot;</source>
        <translation>&quot;Abrir al iniciar sesión&quot;</translation>
    </message>
    <message>
        <source>&quot;Start minimized&quot;</source>
        <translation>&quot;Iniciar minimizado&quot;</translation>
    </message>
    <message>
        <source>%1 is a switch: on or off (true or false), not %2.</source>
        <translation>%1 es un interruptor: activado o desactivado (true o false), no %2.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3 (%4); %5 is not.</source>
        <translation>%1 debe ser un número entero de %2 a %3 (%4); %5 no lo es.</translation>
    </message>
    <message>
        <source>%1 can be at most %2 characters long per entry; one has %3.</source>
        <translation>%1 admite como máximo %2 caracteres por entrada; una tiene %3.</translation>
    </message>
    <message>
        <source>%1 can be at most %2 characters long; this one has %3.</source>
        <translation>%1 admite como máximo %2 caracteres; este tiene %3.</translation>
    </message>
    <message>
        <source>%1 cannot contain control characters such as line breaks.</source>
        <translation>%1 no puede contener caracteres de control como saltos de línea.</translation>
    </message>
    <message>
        <source>%1 must be phone numbers in international form such as +15125550100; %2 is not one.</source>
        <translation>%1 deben ser números de teléfono en formato internacional, como +15125550100; %2 no lo es.</translation>
    </message>
    <message>
        <source>%1 must be given as two-letter country codes such as US or CA; %2 is not one.</source>
        <translation>%1 deben indicarse con códigos de país de dos letras, como US o CA; %2 no lo es.</translation>
    </message>
    <message>
        <source>%1 must be a web address such as https://example.com/book; %2 is not one.</source>
        <translation>%1 debe ser una dirección web como https://example.com/book; %2 no lo es.</translation>
    </message>
    <message>
        <source>%1 must be a web address such as https://api.twilio.com; %2 is not one.</source>
        <translation>%1 debe ser una dirección web como https://api.twilio.com; %2 no lo es.</translation>
    </message>
    <message>
        <source>%1 must start with https://, so the Account SID and token are never sent unencrypted (plain http:// only to this computer: localhost, 127.0.0.1 or ::1); %2 is not allowed.</source>
        <translation>%1 debe empezar por https://, para que el Account SID y el token nunca se envíen sin cifrar (http:// simple solo hacia este ordenador: localhost, 127.0.0.1 o ::1); %2 no está permitido.</translation>
    </message>
    <message>
        <source>%1 must be one of: twilio, simulator; %2 is not one.</source>
        <translation>%1 debe ser uno de estos: twilio, simulator; %2 no lo es.</translation>
    </message>
    <message>
        <source>%1 must be a language code such as en or es; %2 is not one.</source>
        <translation>%1 debe ser un código de idioma como en o es; %2 no lo es.</translation>
    </message>
    <message>
        <source>%1 must be a file or a shared database address such as postgresql://maria@office-pc/ringback (without a password); %2 is not one.</source>
        <translation>%1 debe ser un archivo o una dirección de base de datos compartida como postgresql://maria@office-pc/ringback (sin contraseña); %2 no lo es.</translation>
    </message>
    <message>
        <source>%1 must be a list of texts; %2 is not a text.</source>
        <translation>%1 debe ser una lista de textos; %2 no es un texto.</translation>
    </message>
    <message>
        <source>%1 must be a list of texts, not %2.</source>
        <translation>%1 debe ser una lista de textos, no %2.</translation>
    </message>
    <message>
        <source>%1 can hold at most %2 entries; this list has %3.</source>
        <translation>%1 admite como máximo %2 entradas; esta lista tiene %3.</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 no puede quedar en blanco.</translation>
    </message>
    <message>
        <source>%1 must be a text, not %2.</source>
        <translation>%1 debe ser un texto, no %2.</translation>
    </message>
    <message>
        <source>The business&apos;s time zone</source>
        <translation>La zona horaria del negocio</translation>
    </message>
    <message>
        <source>%1 must be a time zone such as America/Chicago; %2 is not one.</source>
        <translation>%1 debe ser una zona horaria como America/Chicago; %2 no lo es.</translation>
    </message>
    <message>
        <source>The follow-up would come before the first text: make the follow-up delay longer.</source>
        <translation>El seguimiento llegaría antes que el primer SMS: alargue la espera del seguimiento.</translation>
    </message>
    <message>
        <source>The wait before a reply reminder</source>
        <translation>La espera antes de un aviso de respuesta</translation>
    </message>
    <message>
        <source>minutes, 0 for never</source>
        <translation>minutos, 0 para nunca</translation>
    </message>
    <message>
        <source>The owner&apos;s mobile</source>
        <translation>El móvil del dueño</translation>
    </message>
    <message>
        <source>%1 must be a phone number such as (512) 555-0147 or +15125550147; %2 is not one.</source>
        <translation>%1 debe ser un número de teléfono como (512) 555-0147 o +15125550147; %2 no lo es.</translation>
    </message>
    <message>
        <source>The intake questions</source>
        <translation>Las preguntas de admisión</translation>
    </message>
    <message>
        <source>The intake questions asked</source>
        <translation>Las preguntas de admisión que se hacen</translation>
    </message>
    <message>
        <source>The wait before the next intake question</source>
        <translation>La espera antes de la siguiente pregunta de admisión</translation>
    </message>
    <message>
        <source>An urgent word</source>
        <translation>Una palabra urgente</translation>
    </message>
    <message>
        <source>The average job value</source>
        <translation>El valor del trabajo medio</translation>
    </message>
    <message>
        <source>cents</source>
        <translation>centavos</translation>
    </message>
    <message>
        <source>The limit of requests that watch ringing calls</source>
        <translation>El límite de consultas que vigilan las llamadas que suenan</translation>
    </message>
    <message>
        <source>requests per minute</source>
        <translation>consultas por minuto</translation>
    </message>
    <message>
        <source>The messaging service</source>
        <translation>El servicio de mensajería</translation>
    </message>
    <message>
        <source>The line type lookup</source>
        <translation>La consulta del tipo de línea</translation>
    </message>
    <message>
        <source>%1 must be a messaging service id such as MG followed by 32 letters and digits; %2 is not one.</source>
        <translation>%1 debe ser el id de un servicio de mensajería, como MG seguido de 32 letras y cifras; %2 no lo es.</translation>
    </message>
    <message>
        <source>The WhatsApp sender</source>
        <translation>El remitente de WhatsApp</translation>
    </message>
    <message>
        <source>The text-back&apos;s WhatsApp template</source>
        <translation>La plantilla de WhatsApp de la respuesta automática</translation>
    </message>
    <message>
        <source>The address of Twilio&apos;s Content API</source>
        <translation>La dirección de la Content API de Twilio</translation>
    </message>
    <message>
        <source>%1 must be an approved template&apos;s id such as HX followed by 32 letters and digits; %2 is not one.</source>
        <translation>%1 debe ser el identificador de una plantilla aprobada, como HX seguido de 32 letras y cifras; %2 no lo es.</translation>
    </message>
</context>
<context>
    <name>ringback::Settings</name>
    <message>
        <source>Thanks! Could you send the address and a photo of the problem?</source>
        <translation>¡Gracias! ¿Nos puede enviar la dirección y una foto del problema?</translation>
    </message>
    <message>
        <source>We can come out tomorrow morning between 8 and 10. Does that work?</source>
        <translation>Podemos ir mañana por la mañana entre las 8 y las 10. ¿Le viene bien?</translation>
    </message>
    <message>
        <source>Thanks for choosing us - we&apos;ll see you then.</source>
        <translation>Gracias por elegirnos. Nos vemos entonces.</translation>
    </message>
</context>
<context>
    <name>ringback::SimulatorProvider</name>
    <message>
        <source>The phone provider is busy; trying again shortly.</source>
        <translation>El proveedor telefónico está ocupado; se reintentará en breve.</translation>
    </message>
    <message>
        <source>The phone provider cannot be reached. Check the internet connection.</source>
        <translation>No se puede conectar con el proveedor telefónico. Revise la conexión a internet.</translation>
    </message>
    <message>
        <source>The phone provider did not answer in time.</source>
        <translation>El proveedor telefónico no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The phone provider had an internal error; trying again shortly.</source>
        <translation>El proveedor telefónico tuvo un error interno; se reintentará en breve.</translation>
    </message>
    <message>
        <source>Demo: %1</source>
        <translation>Demostración: %1</translation>
    </message>
    <message>
        <source>Main line</source>
        <translation>Línea principal</translation>
    </message>
    <message>
        <source>Emergency line</source>
        <translation>Línea de urgencias</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <source>The number to send from is not one of this account&apos;s text-capable numbers.</source>
        <translation>El número de envío no es uno de los números de esta cuenta que pueden enviar SMS.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>El mensaje está vacío.</translation>
    </message>
    <message>
        <source>The number to text is not a valid phone number.</source>
        <translation>El número de destino no es un número de teléfono válido.</translation>
    </message>
    <message>
        <source>This person replied STOP: they do not want texts from this number until they reply START.</source>
        <translation>Esta persona respondió STOP: no quiere SMS de este número hasta que responda START.</translation>
    </message>
    <message>
        <source>The phone provider has no such message.</source>
        <translation>El proveedor telefónico no tiene ese mensaje.</translation>
    </message>
    <message>
        <source>The phone provider does not know this call.</source>
        <translation>El proveedor telefónico no conoce esta llamada.</translation>
    </message>
    <message>
        <source>The phone provider no longer has this file.</source>
        <translation>El proveedor telefónico ya no tiene este archivo.</translation>
    </message>
    <message>
        <source>The file is too large to keep.</source>
        <translation>El archivo es demasiado grande para guardarlo.</translation>
    </message>
    <message>
        <source>Demo office texts</source>
        <translation>SMS de la oficina de demostración</translation>
    </message>
</context>
<context>
    <name>ringback::StoreMigrator</name>
    <message>
        <source>Only a desk&apos;s own database can be moved, and only into a shared database.</source>
        <translation>Solo se puede mover la base de datos propia de un puesto, y solo a una base de datos compartida.</translation>
    </message>
    <message>
        <source>This desk&apos;s database and the shared database %1 are from different versions of Ringback (%2 and %3). Update Ringback on every desk first.</source>
        <translation>La base de datos de este puesto y la base de datos compartida %1 son de versiones distintas de Ringback (%2 y %3). Actualice primero Ringback en todos los puestos.</translation>
    </message>
    <message>
        <source>The shared database %1 already holds an office&apos;s data (table %2), so nothing was copied into it. Moving is for an empty shared database; to join one that is in use, just connect this desk to it.</source>
        <translation>La base de datos compartida %1 ya contiene datos de una oficina (tabla %2), así que no se copió nada. Mover sirve para una base compartida vacía; para unirse a una que ya está en uso, basta con conectar este puesto a ella.</translation>
    </message>
    <message>
        <source>Copying table %1 to the shared database %2 did not give the same number of records (%3 here, %4 there), so nothing was moved. This desk&apos;s data is unchanged.</source>
        <translation>Al copiar la tabla %1 a la base de datos compartida %2 no salió el mismo número de registros (%3 aquí, %4 allí), así que no se movió nada. Los datos de este puesto no han cambiado.</translation>
    </message>
</context>
<context>
    <name>ringback::TemplateDefaults</name>
    <message>
        <source>Hi, this is {business}. Sorry we missed your call - what can we help you with?</source>
        <translation>Hola, somos {business}. Sentimos no haber atendido su llamada. ¿En qué podemos ayudarle?</translation>
    </message>
    <message>
        <source>Hi, this is {business}. Sorry we missed your call - we&apos;re closed until {next_open}. What can we help with?</source>
        <translation>Hola, somos {business}. Sentimos no haber atendido su llamada; estamos cerrados hasta {next_open}. ¿En qué podemos ayudarle?</translation>
    </message>
    <message>
        <source>Hi {first_name}, {business} here again, following up on your call. What can we do for you?</source>
        <translation>Hola {first_name}, le escribe de nuevo {business} por su llamada. ¿Qué podemos hacer por usted?</translation>
    </message>
    <message>
        <source>{business}: we text back calls we missed. Reply here to reach us. Reply STOP to opt out.</source>
        <translation>{business}: respondemos por SMS a las llamadas perdidas. Responda a este mensaje para contactarnos. Responda STOP para darse de baja.</translation>
    </message>
    <message>
        <source>What do you need help with?</source>
        <translation>¿En qué necesita ayuda?</translation>
    </message>
    <message>
        <source>What&apos;s the address of the job?</source>
        <translation>¿Cuál es la dirección del trabajo?</translation>
    </message>
    <message>
        <source>When would you like us to come?</source>
        <translation>¿Cuándo le gustaría que fuéramos?</translation>
    </message>
    <message>
        <source>A photo helps if you have one.</source>
        <translation>Una foto ayuda, si tiene una.</translation>
    </message>
</context>
<context>
    <name>ringback::TemplateLinter</name>
    <message>
        <source>Say who is texting: add {business}. People ignore texts from numbers they do not recognise.</source>
        <translation>Diga quién escribe: añada {business}. La gente ignora los SMS de números que no reconoce.</translation>
    </message>
    <message>
        <source>Say that you missed their call (&quot;Sorry we missed your call&quot;), so the caller knows why you are texting.</source>
        <translation>Diga que no atendió su llamada («Sentimos no haber atendido su llamada»), para que la persona sepa por qué le escribe.</translation>
    </message>
    <message>
        <source>End with a question the caller can answer in their own words, such as &quot;What can we help you with?&quot;. Questions get replies.</source>
        <translation>Termine con una pregunta que la persona pueda contestar con sus palabras, como «¿En qué podemos ayudarle?». Las preguntas reciben respuesta.</translation>
    </message>
    <message>
        <source>The message ends with a yes/no question. An open question such as &quot;What can we help you with?&quot; gets more replies.</source>
        <translation>El mensaje termina con una pregunta de sí o no. Una pregunta abierta como «¿En qué podemos ayudarle?» recibe más respuestas.</translation>
    </message>
    <message>
        <source>Leave the link out of the first text: carriers filter first messages with links, and callers trust a plain reply more. Send it once they answer.</source>
        <translation>No ponga el enlace en el primer SMS: los operadores filtran los primeros mensajes con enlaces y la gente confía más en una respuesta sencilla. Envíelo cuando contesten.</translation>
    </message>
    <message>
        <source>With a realistic name this message is %1 characters and goes out as %2 texts. Keep it within %3 so it is one.</source>
        <translation>Con un nombre real este mensaje tiene %1 caracteres y sale en %2 SMS. Manténgalo en %3 para que sea uno solo.</translation>
    </message>
    <message>
        <source>Emoji and some symbols make each text shorter (70 characters instead of 160). Here: %1. Replace curly quotes, dashes and symbols with plain ones.</source>
        <translation>Los emojis y algunos símbolos acortan cada SMS (70 caracteres en lugar de 160). Aquí: %1. Cambie las comillas tipográficas, rayas y símbolos por otros sencillos.</translation>
    </message>
    <message>
        <source>non-breaking space</source>
        <translation>espacio de no separación</translation>
    </message>
    <message>
        <source>narrow space</source>
        <translation>espacio estrecho</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulación</translation>
    </message>
</context>
<context>
    <name>ringback::TemplateRenderer</name>
    <message>
        <source>%1 is not a placeholder Ringback knows. Did you mean %2?</source>
        <translation>%1 no es un campo que Ringback conozca. ¿Quería decir %2?</translation>
    </message>
    <message>
        <source>%1 is not a placeholder Ringback knows. Use one of: %2.</source>
        <translation>%1 no es un campo que Ringback conozca. Use uno de estos: %2.</translation>
    </message>
    <message>
        <source>A { is never closed (highlighted). Add a } after the placeholder&apos;s name.</source>
        <translation>Una { no se cierra nunca (resaltada). Añada una } después del nombre del campo.</translation>
    </message>
    <message>
        <source>A } closes nothing (highlighted). Remove it, or add the { that belongs to it.</source>
        <translation>Una } no cierra nada (resaltada). Quítela o añada la { que le corresponde.</translation>
    </message>
    <message>
        <source>The template uses %1, but it has no value yet. Fill it in under Settings, or take it out of the template.</source>
        <translation>La plantilla usa %1, pero aún no tiene valor. Rellénelo en Ajustes o quítelo de la plantilla.</translation>
    </message>
</context>
<context>
    <name>ringback::TemplateStore</name>
    <message>
        <source>A saved reply needs a name.</source>
        <translation>Una respuesta guardada necesita un nombre.</translation>
    </message>
    <message>
        <source>Give the saved reply a name.</source>
        <translation>Ponga un nombre a la respuesta guardada.</translation>
    </message>
    <message>
        <source>The message is empty. Write what the caller should read, or restore the default.</source>
        <translation>El mensaje está vacío. Escriba lo que debe leer quien llamó o restaure el texto predeterminado.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problem(s))</source>
        <translation>
            <numerusform>%1 (y %n problema más)</numerusform>
            <numerusform>%1 (y %n problemas más)</numerusform>
        </translation>
    </message>
    <message>
        <source>The template was not saved. Try again.</source>
        <translation>La plantilla no se guardó. Vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>ringback::TimeZoneCatalog</name>
    <message>
        <source>Newfoundland</source>
        <translation>Terranova</translation>
    </message>
    <message>
        <source>Atlantic</source>
        <translation>Atlántico</translation>
    </message>
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
        <source>Pacific</source>
        <translation>Pacífico</translation>
    </message>
    <message>
        <source>Alaska</source>
        <translation>Alaska</translation>
    </message>
    <message>
        <source>Aleutian</source>
        <translation>Aleutianas</translation>
    </message>
    <message>
        <source>Hawaii</source>
        <translation>Hawái</translation>
    </message>
    <message>
        <source>Arizona</source>
        <translation>Arizona</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A city and the state or country its time-zone id names: &quot;New Salem (North Dakota)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Coordinated Universal Time</source>
        <translation>Tiempo universal coordinado</translation>
    </message>
    <message>
        <source>Coordinated Universal Time (UTC)</source>
        <translation>Tiempo universal coordinado (UTC)</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <extracomment>A time zone in the list: its everyday name, then its city (&quot;Central - Chicago&quot;).</extracomment>
        <translation>%1 - %2</translation>
    </message>
</context>
<context>
    <name>ringback::TwilioOptions</name>
    <message>
        <source>The provider address &quot;%1&quot; is not a web address such as https://api.twilio.com.</source>
        <translation>La dirección del proveedor &quot;%1&quot; no es una dirección web como https://api.twilio.com.</translation>
    </message>
    <message>
        <source>The provider address &quot;%1&quot; must start with https://, so the Account SID and token are never sent unencrypted (plain http:// is only for this computer: localhost, 127.0.0.1 or ::1).</source>
        <translation>La dirección del proveedor &quot;%1&quot; debe empezar por https://, para que el Account SID y el token nunca se envíen sin cifrar (http:// simple es solo para este ordenador: localhost, 127.0.0.1 o ::1).</translation>
    </message>
</context>
<context>
    <name>ringback::VoipProvider</name>
    <message>
        <source>The phone provider keeps no files sent with texts.</source>
        <translation>El proveedor telefónico no guarda los archivos enviados con los mensajes.</translation>
    </message>
    <message>
        <source>This provider cannot look up line types.</source>
        <translation>Este proveedor no puede consultar el tipo de línea.</translation>
    </message>
</context>
<context>
    <name>ringback::app</name>
    <message>
        <source>Stopping: finishing the text in flight.</source>
        <translation>Deteniendo: terminando el SMS en curso.</translation>
    </message>
    <message>
        <source>There is no database file at %1 to move. Give the desk&apos;s file with --db.</source>
        <translation>No hay ningún archivo de base de datos en %1 para mover. Indique el archivo del puesto con --db.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n record(s) to %1. This desk now uses the shared database; %2 stays as a backup.
</source>
        <translation>
            <numerusform>Se movió %n registro a %1. Este puesto usa ahora la base de datos compartida; %2 se conserva como copia de seguridad.
</numerusform>
            <numerusform>Se movieron %n registros a %1. Este puesto usa ahora la base de datos compartida; %2 se conserva como copia de seguridad.
</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider changed in Settings: finishing the text in flight, then carrying on with the new one.</source>
        <translation>El proveedor cambió en Ajustes: se termina el mensaje en curso y se sigue con el nuevo.</translation>
    </message>
</context>
<context>
    <name>ringback::app::DesktopSession</name>
    <message>
        <source>Ringback (demo)</source>
        <translation>Ringback (demostración)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>finish the setup first.</source>
        <translation>termine primero la configuración.</translation>
    </message>
    <message>
        <source>the setup was not finished. Open Settings and click &quot;Run setup again&quot;.</source>
        <translation>la configuración no se terminó. Abra Ajustes y pulse «Volver a configurar».</translation>
    </message>
    <message>
        <source>Auto text-back is off: %1</source>
        <translation>La respuesta automática por SMS está desactivada: %1</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Ringback</source>
        <translation>&amp;Acerca de Ringback</translation>
    </message>
    <message>
        <source>Shared database saved</source>
        <translation>Base de datos compartida guardada</translation>
    </message>
    <message>
        <source>Settings saved: every page shows them now.</source>
        <translation>Ajustes guardados: todas las páginas ya los muestran.</translation>
    </message>
    <message>
        <source>Shared database not saved</source>
        <translation>Base de datos compartida no guardada</translation>
    </message>
    <message>
        <source>This computer&apos;s settings could not be saved, so Ringback keeps using %1.</source>
        <translation>No se pudieron guardar los ajustes de este equipo, así que Ringback sigue usando %1.</translation>
    </message>
    <message>
        <source>Restart Ringback</source>
        <translation>Reiniciar Ringback</translation>
    </message>
    <message>
        <source>Ringback restarts now to use the shared database: this window closes and opens again on it in a few seconds.</source>
        <translation>Ringback se reinicia ahora para usar la base de datos compartida: esta ventana se cierra y se vuelve a abrir con ella en unos segundos.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Ringback will use the shared database the next time it starts.</source>
        <translation>Ringback usará la base de datos compartida la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>Ringback restarts now to show everything in %1: this window closes and opens again in a few seconds.</source>
        <translation>Ringback se reinicia ahora para mostrarlo todo en %1: esta ventana se cierra y se vuelve a abrir en unos segundos.</translation>
    </message>
    <message>
        <source>Ringback will be in %1 the next time it starts.</source>
        <translation>Ringback estará en %1 la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Conversation not opened</source>
        <translation>No se abrió la conversación</translation>
    </message>
    <message>
        <source>Ringback could not open this caller&apos;s conversation: %1</source>
        <translation>Ringback no pudo abrir la conversación de esta persona: %1</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Bloquear %1</translation>
    </message>
    <message>
        <source>Ringback will never text %1 again, automatically or from the Inbox. Their calls still show in Calls.</source>
        <translation>Ringback no volverá a enviar SMS a %1, ni automáticamente ni desde la bandeja de entrada. Sus llamadas seguirán apareciendo en Llamadas.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Number not blocked</source>
        <translation>Número no bloqueado</translation>
    </message>
    <message>
        <source>Ringback could not block %1: %2</source>
        <translation>Ringback no pudo bloquear %1: %2</translation>
    </message>
    <message>
        <source>%1 is blocked: Ringback will not text it.</source>
        <translation>%1 está bloqueado: Ringback no le enviará SMS.</translation>
    </message>
    <message>
        <source>Number still blocked</source>
        <translation>El número sigue bloqueado</translation>
    </message>
    <message>
        <source>Ringback could not unblock %1: %2</source>
        <translation>Ringback no pudo desbloquear %1: %2</translation>
    </message>
    <message>
        <source>%1 can be texted again.</source>
        <translation>Ya se pueden enviar SMS a %1.</translation>
    </message>
    <message>
        <source>Texting missed callers back</source>
        <translation>Respondiendo por SMS a las llamadas perdidas</translation>
    </message>
    <message>
        <source>Not checked: no provider connected yet.</source>
        <translation>Sin comprobar: aún no hay ningún proveedor conectado.</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Comprobando...</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit Ringback</source>
        <translation>&amp;Salir de Ringback</translation>
    </message>
</context>
<context>
    <name>ringback::app::ProviderCheckCommand</name>
    <message>
        <source>Ringback cannot check the provider &quot;%1&quot;; the providers it knows are: twilio.</source>
        <translation>Ringback no puede comprobar el proveedor «%1»; los proveedores que conoce son: twilio.</translation>
    </message>
    <message>
        <source>Twilio account: %1 (%2, %3)</source>
        <translation>Cuenta de Twilio: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>This account has no phone numbers yet.</source>
        <translation>Esta cuenta aún no tiene números de teléfono.</translation>
    </message>
    <message>
        <source>Phone numbers:</source>
        <translation>Números de teléfono:</translation>
    </message>
    <message>
        <source>calls and texts</source>
        <translation>llamadas y SMS</translation>
    </message>
    <message>
        <source>texts only</source>
        <translation>solo SMS</translation>
    </message>
    <message>
        <source>calls only</source>
        <translation>solo llamadas</translation>
    </message>
    <message>
        <source>neither calls nor texts</source>
        <translation>ni llamadas ni SMS</translation>
    </message>
    <message>
        <source>  %1  %2 (%3)</source>
        <translation>  %1  %2 (%3)</translation>
    </message>
    <message>
        <source>Texting to US numbers (A2P 10DLC and toll-free registration):</source>
        <translation>SMS a números de EE. UU. (registro A2P 10DLC y de números gratuitos):</translation>
    </message>
    <message>
        <source>WhatsApp: no sender set up in Settings.</source>
        <translation>WhatsApp: no hay remitente configurado en Ajustes.</translation>
    </message>
    <message>
        <source>WhatsApp sender: %1</source>
        <translation>Remitente de WhatsApp: %1</translation>
    </message>
    <message>
        <source>WhatsApp templates could not be listed: %1</source>
        <translation>No se pudieron obtener las plantillas de WhatsApp: %1</translation>
    </message>
    <message>
        <source>No approved WhatsApp templates: outside the 24-hour window nothing can be sent.</source>
        <translation>No hay plantillas de WhatsApp aprobadas: fuera de la ventana de 24 horas no se puede enviar nada.</translation>
    </message>
    <message>
        <source>Approved WhatsApp templates:</source>
        <translation>Plantillas de WhatsApp aprobadas:</translation>
    </message>
    <message>
        <source>  %1 (%2): %3</source>
        <translation>  %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>ringback::app::ProviderConnection</name>
    <message>
        <source>Ringback does not know the provider &quot;%1&quot;; the providers it knows are: twilio.</source>
        <translation>Ringback no conoce el proveedor «%1»; los proveedores que conoce son: twilio.</translation>
    </message>
</context>
<context>
    <name>ringback::app::SettingsFileCommand</name>
    <message>
        <source>Could not write the settings to %1: %2</source>
        <translation>No se pudieron escribir los ajustes en %1: %2</translation>
    </message>
    <message>
        <source>Settings written to %1.</source>
        <translation>Ajustes escritos en %1.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Ringback settings file (%2). Nothing was changed.</source>
        <translation>%1 no es un archivo de ajustes de Ringback (%2). No se cambió nada.</translation>
    </message>
    <message>
        <source>Ignored settings this version does not know: %1</source>
        <translation>Ajustes ignorados que esta versión no conoce: %1</translation>
    </message>
    <message>
        <source>Settings read from %1.</source>
        <translation>Ajustes leídos de %1.</translation>
    </message>
    <message>
        <source>%1 was not read, nothing was changed:
%2</source>
        <translation>%1 no se leyó; no se cambió nada:
%2</translation>
    </message>
</context>
<context>
    <name>ringback::sim::ReplyScript</name>
    <message>
        <source>Water heater is leaking in the garage, can someone come today?</source>
        <translation>El calentador de agua gotea en el garaje, ¿puede venir alguien hoy?</translation>
    </message>
    <message>
        <source>Kitchen sink is backed up and won&apos;t drain at all</source>
        <translation>El fregadero de la cocina está atascado y no desagua nada</translation>
    </message>
    <message>
        <source>We have a leak under the upstairs bathroom, water is coming through the ceiling</source>
        <translation>Hay una fuga bajo el baño de arriba, está entrando agua por el techo</translation>
    </message>
    <message>
        <source>Toilet keeps running, how much to fix that?</source>
        <translation>La cisterna no para de correr, ¿cuánto cuesta arreglarla?</translation>
    </message>
    <message>
        <source>No hot water since this morning. Gas water heater, about 12 years old</source>
        <translation>Sin agua caliente desde esta mañana. Calentador de gas, de unos 12 años</translation>
    </message>
    <message>
        <source>Need a quote to replace a 50 gallon water heater</source>
        <translation>Necesito un presupuesto para cambiar un calentador de 190 litros</translation>
    </message>
    <message>
        <source>Main sewer line is backing up into the tub</source>
        <translation>La tubería principal de desagüe está rebosando en la bañera</translation>
    </message>
    <message>
        <source>Outdoor spigot froze and cracked, water everywhere</source>
        <translation>El grifo de fuera se heló y se rajó, hay agua por todas partes</translation>
    </message>
    <message>
        <source>Do you do tankless water heater installs?</source>
        <translation>¿Instalan calentadores de agua sin depósito?</translation>
    </message>
    <message>
        <source>Low water pressure in the whole house all of a sudden</source>
        <translation>De repente hay poca presión de agua en toda la casa</translation>
    </message>
    <message>
        <source>Garbage disposal is humming but not spinning</source>
        <translation>El triturador de basura zumba pero no gira</translation>
    </message>
    <message>
        <source>Slab leak maybe? Water bill doubled and I hear water running</source>
        <translation>¿Puede ser una fuga bajo el suelo? La factura del agua se ha duplicado y oigo correr agua</translation>
    </message>
    <message>
        <source>Breaker keeps tripping in the kitchen</source>
        <translation>El diferencial de la cocina no para de saltar</translation>
    </message>
    <message>
        <source>Half the outlets in the living room stopped working</source>
        <translation>La mitad de los enchufes del salón han dejado de funcionar</translation>
    </message>
    <message>
        <source>Need a quote for an EV charger in the garage</source>
        <translation>Necesito un presupuesto para un cargador de coche eléctrico en el garaje</translation>
    </message>
    <message>
        <source>Lights flicker every time the AC kicks on</source>
        <translation>Las luces parpadean cada vez que arranca el aire acondicionado</translation>
    </message>
    <message>
        <source>Burning smell from an outlet in the bedroom, I turned the breaker off</source>
        <translation>Huele a quemado en un enchufe del dormitorio, he bajado el diferencial</translation>
    </message>
    <message>
        <source>Looking to upgrade our panel to 200 amp, can you quote it?</source>
        <translation>Queremos ampliar el cuadro eléctrico a 200 amperios, ¿nos dan presupuesto?</translation>
    </message>
    <message>
        <source>Want to add recessed lights in the kitchen, 8 or so</source>
        <translation>Quiero poner focos empotrados en la cocina, unos 8</translation>
    </message>
    <message>
        <source>GFCI in the bathroom won&apos;t reset</source>
        <translation>El diferencial del baño no se rearma</translation>
    </message>
    <message>
        <source>Ceiling fan install, we already bought the fan</source>
        <translation>Instalación de un ventilador de techo, ya lo hemos comprado</translation>
    </message>
    <message>
        <source>Power is out on one side of the house only</source>
        <translation>Solo se ha ido la luz en un lado de la casa</translation>
    </message>
    <message>
        <source>Need a quote for a new roof, 2 story house in Round Rock</source>
        <translation>Necesito presupuesto para un tejado nuevo, casa de 2 plantas en Round Rock</translation>
    </message>
    <message>
        <source>Hail damage from last night&apos;s storm, insurance adjuster coming Friday</source>
        <translation>Daños por granizo de la tormenta de anoche, el perito del seguro viene el viernes</translation>
    </message>
    <message>
        <source>Roof is leaking around the chimney when it rains</source>
        <translation>El tejado gotea alrededor de la chimenea cuando llueve</translation>
    </message>
    <message>
        <source>Several shingles blew off in the wind, can you patch it?</source>
        <translation>El viento se llevó varias tejas, ¿pueden repararlo?</translation>
    </message>
    <message>
        <source>Water stain on the ceiling keeps getting bigger, think it&apos;s the roof</source>
        <translation>La mancha de agua del techo no deja de crecer, creo que es el tejado</translation>
    </message>
    <message>
        <source>Do you do metal roofs? Looking at replacing ours this spring</source>
        <translation>¿Hacen tejados metálicos? Queremos cambiar el nuestro esta primavera</translation>
    </message>
    <message>
        <source>Gutters are pulling away from the fascia on the back side</source>
        <translation>Los canalones se están separando del alero en la parte de atrás</translation>
    </message>
    <message>
        <source>Buying a house in Pflugerville, need a roof inspection before closing</source>
        <translation>Estoy comprando una casa en Pflugerville y necesito revisar el tejado antes de firmar</translation>
    </message>
    <message>
        <source>AC stopped blowing cold last night</source>
        <translation>El aire acondicionado dejó de enfriar anoche</translation>
    </message>
    <message>
        <source>Furnace won&apos;t turn on, house is 58 degrees</source>
        <translation>La caldera no enciende, la casa está a 14 grados</translation>
    </message>
    <message>
        <source>Outside unit is making a loud grinding noise</source>
        <translation>La unidad exterior hace un ruido fuerte de rozamiento</translation>
    </message>
    <message>
        <source>Ice on the AC line outside, is that bad?</source>
        <translation>Hay hielo en el tubo del aire acondicionado de fuera, ¿es grave?</translation>
    </message>
    <message>
        <source>Need a quote for a new AC system, 3 ton, house is 2200 sq ft</source>
        <translation>Necesito presupuesto para un aire acondicionado nuevo de 3 toneladas, casa de 200 m²</translation>
    </message>
    <message>
        <source>Thermostat is blank, replaced the batteries already</source>
        <translation>El termostato no muestra nada, ya le cambié las pilas</translation>
    </message>
    <message>
        <source>Water dripping from the attic unit into the hallway</source>
        <translation>Gotea agua de la unidad del desván al pasillo</translation>
    </message>
    <message>
        <source>Can we schedule the spring AC tune-up?</source>
        <translation>¿Podemos programar la revisión de primavera del aire acondicionado?</translation>
    </message>
    <message>
        <source>Upstairs is 10 degrees hotter than downstairs, any ideas?</source>
        <translation>Arriba hace 5 grados más que abajo, ¿alguna idea?</translation>
    </message>
    <message>
        <source>Heat pump is blowing cold air in heat mode</source>
        <translation>La bomba de calor echa aire frío en modo calefacción</translation>
    </message>
    <message>
        <source>Can you come out Thursday morning?</source>
        <translation>¿Pueden venir el jueves por la mañana?</translation>
    </message>
    <message>
        <source>Sorry missed you, I was calling about the estimate you sent</source>
        <translation>Perdone, no le pillé; llamaba por el presupuesto que me envió</translation>
    </message>
    <message>
        <source>Is this the plumber? My neighbor recommended you</source>
        <translation>¿Es el fontanero? Me lo recomendó mi vecino</translation>
    </message>
    <message>
        <source>Calling to reschedule tomorrow&apos;s appointment</source>
        <translation>Llamaba para cambiar la cita de mañana</translation>
    </message>
    <message>
        <source>What&apos;s your service call fee?</source>
        <translation>¿Cuánto cobran por desplazamiento?</translation>
    </message>
    <message>
        <source>Do you work on weekends? It&apos;s kind of an emergency</source>
        <translation>¿Trabajan los fines de semana? Es un poco urgente</translation>
    </message>
    <message>
        <source>Your tech was here last week and the leak is back</source>
        <translation>Su técnico vino la semana pasada y la fuga ha vuelto</translation>
    </message>
    <message>
        <source>Do you take credit cards? Need someone out today</source>
        <translation>¿Aceptan tarjeta? Necesito que venga alguien hoy</translation>
    </message>
    <message>
        <source>Address is 1408 Barton Hills Dr, Austin 78704</source>
        <translation>La dirección es 1408 Barton Hills Dr, Austin 78704</translation>
    </message>
    <message>
        <source>We&apos;re at 2211 Sunrise Rd in Round Rock</source>
        <translation>Estamos en 2211 Sunrise Rd, en Round Rock</translation>
    </message>
    <message>
        <source>It&apos;s 906 Kenwood Ave, the gate code is 4521</source>
        <translation>Es 906 Kenwood Ave, el código de la verja es 4521</translation>
    </message>
    <message>
        <source>17 Oak Creek Cv, Cedar Park. Blue house on the corner</source>
        <translation>17 Oak Creek Cv, Cedar Park. La casa azul de la esquina</translation>
    </message>
    <message>
        <source>I can send a photo if that helps</source>
        <translation>Puedo enviar una foto si ayuda</translation>
    </message>
    <message>
        <source>Just sent you a picture of the unit&apos;s label</source>
        <translation>Le acabo de enviar una foto de la etiqueta del aparato</translation>
    </message>
    <message>
        <source>Sent a photo of the ceiling, it&apos;s getting worse</source>
        <translation>Le envié una foto del techo, va a peor</translation>
    </message>
    <message>
        <source>I&apos;m home all day today</source>
        <translation>Hoy estoy en casa todo el día</translation>
    </message>
    <message>
        <source>Anytime after 3 works, I get off work early</source>
        <translation>Cualquier hora después de las 3 me va bien, salgo pronto del trabajo</translation>
    </message>
    <message>
        <source>Please call me back when you can</source>
        <translation>Llámeme cuando pueda, por favor</translation>
    </message>
    <message>
        <source>Also the dog is friendly lol</source>
        <translation>Por cierto, el perro es bueno jaja</translation>
    </message>
    <message>
        <source>Thursday morning works</source>
        <translation>El jueves por la mañana me va bien</translation>
    </message>
    <message>
        <source>Ok thanks, talk soon</source>
        <translation>Vale, gracias, hablamos</translation>
    </message>
    <message>
        <source>Yes please, the sooner the better</source>
        <translation>Sí, por favor, cuanto antes mejor</translation>
    </message>
    <message>
        <source>How much would that be roughly?</source>
        <translation>¿Cuánto costaría más o menos?</translation>
    </message>
    <message>
        <source>Can you do 8am? I have to leave for work at 9</source>
        <translation>¿Pueden a las 8? Tengo que irme a trabajar a las 9</translation>
    </message>
    <message>
        <source>Never mind, we got someone else. Thanks anyway</source>
        <translation>Déjelo, ya encontramos a otra persona. Gracias de todos modos</translation>
    </message>
    <message>
        <source>👍</source>
        <translation>👍</translation>
    </message>
    <message>
        <source>Great, see you then</source>
        <translation>Genial, nos vemos entonces</translation>
    </message>
    <message>
        <source>This is %1 by the way, you did our bathroom last year</source>
        <translation>Soy %1, por cierto; nos hicieron el baño el año pasado</translation>
    </message>
    <message>
        <source>1408 Barton Hills Dr, Austin 78704</source>
        <translation>1408 Barton Hills Dr, Austin 78704</translation>
    </message>
    <message>
        <source>2211 Sunrise Rd, Round Rock</source>
        <translation>2211 Sunrise Rd, Round Rock</translation>
    </message>
    <message>
        <source>It&apos;s 906 Kenwood Ave</source>
        <translation>Es 906 Kenwood Ave</translation>
    </message>
    <message>
        <source>17 Oak Creek Cv, Cedar Park</source>
        <translation>17 Oak Creek Cv, Cedar Park</translation>
    </message>
    <message>
        <source>4512 Oak St, Austin TX 78701</source>
        <translation>4512 Oak St, Austin TX 78701</translation>
    </message>
    <message>
        <source>305 W Main St in Pflugerville, the blue house</source>
        <translation>305 W Main St en Pflugerville, la casa azul</translation>
    </message>
    <message>
        <source>Tomorrow morning if possible</source>
        <translation>Mañana por la mañana si se puede</translation>
    </message>
    <message>
        <source>Today after 3 if you can</source>
        <translation>Hoy después de las 3 si pueden</translation>
    </message>
    <message>
        <source>Friday works best for us</source>
        <translation>El viernes nos viene mejor</translation>
    </message>
    <message>
        <source>ASAP please</source>
        <translation>Lo antes posible, por favor</translation>
    </message>
    <message>
        <source>Anytime Monday, I work from home</source>
        <translation>El lunes a cualquier hora, trabajo desde casa</translation>
    </message>
    <message>
        <source>Saturday morning?</source>
        <translation>¿El sábado por la mañana?</translation>
    </message>
    <message>
        <source>Here you go</source>
        <translation>Aquí tiene</translation>
    </message>
    <message>
        <source>This is what it looks like</source>
        <translation>Así se ve</translation>
    </message>
</context>
<context>
    <name>ringback::sim::SimulatedCarrier</name>
    <message>
        <source>Hi, this is %1. Sorry we missed your call, how can we help?</source>
        <translation>Hola, somos %1. Sentimos no haber atendido su llamada, ¿en qué podemos ayudarle?</translation>
    </message>
    <message>
        <source>The number is a landline or unreachable: it cannot receive texts.</source>
        <translation>El número es fijo o no está disponible: no puede recibir SMS.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::AboutDialog</name>
    <message>
        <source>About Ringback</source>
        <translation>Acerca de Ringback</translation>
    </message>
    <message>
        <source>Ringback %1</source>
        <translation>Ringback %1</translation>
    </message>
    <message>
        <source>Texts back the callers your office missed.</source>
        <translation>Envía un SMS a quienes llamaron a su oficina y no fueron atendidos.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Creado con Qt %1, funcionando con Qt %2.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Ajustes:</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Registros:</translation>
    </message>
    <message>
        <source>Not kept in a file. Start Ringback from a terminal (or with --headless) to see them.</source>
        <translation>No se guardan en un archivo. Inicie Ringback desde una terminal (o con --headless) para verlos.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Ringback is released under the MIT licence.&lt;/p&gt;&lt;p&gt;It is built on these libraries, each under its own licence:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt 6, The Qt Company: &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;GNU LGPL version 3&lt;/a&gt;&lt;/li&gt;&lt;li&gt;libphonenumber, Google: &lt;a href=&quot;https://www.apache.org/licenses/LICENSE-2.0&quot;&gt;Apache License 2.0&lt;/a&gt;&lt;/li&gt;&lt;li&gt;QtKeychain, Frank Osterfeld: &lt;a href=&quot;https://opensource.org/license/bsd-2-clause&quot;&gt;BSD 2-Clause&lt;/a&gt;&lt;/li&gt;&lt;li&gt;Protocol Buffers, Google (used by libphonenumber): &lt;a href=&quot;https://opensource.org/license/bsd-3-clause&quot;&gt;BSD 3-Clause&lt;/a&gt;&lt;/li&gt;&lt;li&gt;ICU, Unicode (used by libphonenumber): &lt;a href=&quot;https://www.unicode.org/license.txt&quot;&gt;Unicode licence&lt;/a&gt;&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Ringback se publica bajo la licencia MIT.&lt;/p&gt;&lt;p&gt;Está construido con estas bibliotecas, cada una bajo su propia licencia:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt 6, The Qt Company: &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;GNU LGPL versión 3&lt;/a&gt;&lt;/li&gt;&lt;li&gt;libphonenumber, Google: &lt;a href=&quot;https://www.apache.org/licenses/LICENSE-2.0&quot;&gt;Apache License 2.0&lt;/a&gt;&lt;/li&gt;&lt;li&gt;QtKeychain, Frank Osterfeld: &lt;a href=&quot;https://opensource.org/license/bsd-2-clause&quot;&gt;BSD 2-Clause&lt;/a&gt;&lt;/li&gt;&lt;li&gt;Protocol Buffers, Google (usada por libphonenumber): &lt;a href=&quot;https://opensource.org/license/bsd-3-clause&quot;&gt;BSD 3-Clause&lt;/a&gt;&lt;/li&gt;&lt;li&gt;ICU, Unicode (usada por libphonenumber): &lt;a href=&quot;https://www.unicode.org/license.txt&quot;&gt;licencia de Unicode&lt;/a&gt;&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>ringback::ui::AutoTextBackSwitch</name>
    <message>
        <source>The switch could not be saved: the database did not accept the change. Try again in a moment.</source>
        <translation>No se pudo guardar el interruptor: la base de datos no aceptó el cambio. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Pause auto text-back</source>
        <translation>Pausar la respuesta automática por SMS</translation>
    </message>
    <message>
        <source>Stop automatic texts at every desk? Missed callers are not texted until someone resumes it. Calls, replies and the inbox keep working.</source>
        <translation>¿Detener los SMS automáticos en todos los puestos? No se enviarán SMS a las llamadas perdidas hasta que alguien los reanude. Las llamadas, las respuestas y la bandeja de entrada siguen funcionando.</translation>
    </message>
    <message>
        <source>Pause at every desk</source>
        <translation>Pausar en todos los puestos</translation>
    </message>
</context>
<context>
    <name>ringback::ui::AutomationStatusView</name>
    <message>
        <source>Not checked yet</source>
        <translation>Aún sin comprobar</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n s ago</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>Comprobado hace %n s</numerusform>
            <numerusform>Comprobado hace %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n min ago</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>Comprobado hace %n min</numerusform>
            <numerusform>Comprobado hace %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Last checked at %1</source>
        <translation>Última comprobación a las %1</translation>
    </message>
    <message>
        <source>Auto text-back is paused: missed callers are not being texted.</source>
        <translation>La respuesta automática por SMS está en pausa: no se envían SMS a las llamadas perdidas.</translation>
    </message>
    <message>
        <source>Auto text-back is starting…</source>
        <translation>La respuesta automática por SMS se está iniciando…</translation>
    </message>
    <message>
        <source>Auto text-back is live.</source>
        <translation>La respuesta automática por SMS está activa.</translation>
    </message>
    <message>
        <source>Auto text-back runs on %1; this desk shows the shared inbox.</source>
        <translation>La respuesta automática por SMS se ejecuta en %1; este puesto muestra la bandeja compartida.</translation>
    </message>
    <message>
        <source>Auto text-back has a problem: %1</source>
        <translation>La respuesta automática por SMS tiene un problema: %1</translation>
    </message>
    <message>
        <source>Auto text-back is offline: %1 Retrying.</source>
        <translation>La respuesta automática por SMS está sin conexión: %1 Reintentando.</translation>
    </message>
    <message>
        <source>Auto text-back is stopped.</source>
        <translation>La respuesta automática por SMS está detenida.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Apagada</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Auto text-back: %1</source>
        <translation>Respuesta automática por SMS: %1</translation>
    </message>
    <message>
        <source>Resume auto text-back</source>
        <translation>Reanudar la respuesta automática por SMS</translation>
    </message>
    <message>
        <source>Pause auto text-back</source>
        <translation>Pausar la respuesta automática por SMS</translation>
    </message>
    <message>
        <source>Missed callers are not texted while paused. Calls, replies and the inbox keep working.</source>
        <translation>En pausa no se envían SMS a las llamadas perdidas. Las llamadas, las respuestas y la bandeja siguen funcionando.</translation>
    </message>
    <message>
        <source>Stop texting missed callers automatically, at every desk. Calls, replies and the inbox keep working.</source>
        <translation>Dejar de enviar SMS automáticos a las llamadas perdidas, en todos los puestos. Las llamadas, las respuestas y la bandeja siguen funcionando.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln text(s) queued</source>
        <translation>
            <numerusform>%Ln SMS en cola</numerusform>
            <numerusform>%Ln SMS en cola</numerusform>
        </translation>
    </message>
    <message>
        <source>This desk shows the shared inbox.</source>
        <translation>Este puesto muestra la bandeja compartida.</translation>
    </message>
    <message numerus="yes">
        <source>next try in %n s</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>siguiente intento en %n s</numerusform>
            <numerusform>siguiente intento en %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) ringing</source>
        <translation>
            <numerusform>%n llamada sonando</numerusform>
            <numerusform>%n llamadas sonando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) to the provider per hour</source>
        <translation>
            <numerusform>%Ln consulta al proveedor por hora</numerusform>
            <numerusform>%Ln consultas al proveedor por hora</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Texts to US numbers are failing: %2</source>
        <translation>%1 Los SMS a números de EE. UU. están fallando: %2</translation>
    </message>
</context>
<context>
    <name>ringback::ui::BusinessHoursEditor</name>
    <message>
        <source>Add a holiday or closure</source>
        <translation>Añadir un festivo o cierre</translation>
    </message>
    <message>
        <source>Save hours</source>
        <translation>Guardar horario</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Deshacer cambios</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horario de apertura</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Holidays and closures</source>
        <translation>Festivos y cierres</translation>
    </message>
    <message>
        <source>A date here replaces that day&apos;s usual hours: no hours means closed all day.</source>
        <translation>Una fecha aquí reemplaza el horario habitual de ese día: sin horas significa cerrado todo el día.</translation>
    </message>
    <message>
        <source>Closed all day</source>
        <translation>Cerrado todo el día</translation>
    </message>
    <message>
        <source>e.g. Christmas</source>
        <translation>p. ej. Navidad</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone: pick one from the list (type part of a city&apos;s name).</source>
        <translation>«%1» no es una zona horaria: elija una de la lista (escriba parte del nombre de una ciudad).</translation>
    </message>
    <message>
        <source>%1 is listed twice under holidays and closures: remove one.</source>
        <translation>%1 aparece dos veces en festivos y cierres: quite una.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::BusinessPage</name>
    <message>
        <source>Your business</source>
        <translation>Su negocio</translation>
    </message>
    <message>
        <source>The name goes into every text. The opening hours decide which text a caller gets: the daytime one, or the one that says when you open again.</source>
        <translation>El nombre aparece en cada SMS. El horario decide qué SMS recibe quien llama: el de horario de apertura o el que dice cuándo vuelven a abrir.</translation>
    </message>
    <message>
        <source>e.g. Anderson Plumbing &amp; Heating</source>
        <translation>p. ej. Fontanería y Calefacción Anderson</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>Nombre del negocio:</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horario de apertura</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Abre</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Cierra</translation>
    </message>
    <message>
        <source>This day has split shifts; they stay as they are unless you change the day here.</source>
        <translation>Este día tiene horario partido; se mantiene tal cual salvo que cambie el día aquí.</translation>
    </message>
    <message>
        <source>On %1 the closing time must be after the opening time.</source>
        <translation>El %1 la hora de cierre debe ser posterior a la de apertura.</translation>
    </message>
    <message>
        <source>Tick at least one day the business is open.</source>
        <translation>Marque al menos un día en que el negocio abra.</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <source>Opening hours follow %1. You can change the time zone above, or later in Templates &gt; Business hours, where split shifts, holidays and other closures are set too.</source>
        <translation>El horario sigue la hora de %1. Puede cambiar la zona horaria arriba, o más tarde en Plantillas &gt; Horario del negocio, donde también se configuran los turnos partidos, los festivos y otros cierres.</translation>
    </message>
    <message>
        <source>Opening hours follow the time in %1 (%2). You can change the time zone above, or later in Templates &gt; Business hours, where split shifts, holidays and other closures are set too.</source>
        <translation>El horario sigue la hora de %1 (%2). Puede cambiar la zona horaria arriba, o más tarde en Plantillas &gt; Horario del negocio, donde también se configuran los turnos partidos, los festivos y otros cierres.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::CallLogModel</name>
    <message>
        <source>Withheld number</source>
        <translation>Número oculto</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Aún sin decidir</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Llamante</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>%1 (nobody was texting)</source>
        <translation>%1 (nadie enviaba SMS)</translation>
    </message>
    <message>
        <source>No Ringback was running when this call was missed: every desk was closed and no always-on worker was texting.</source>
        <translation>Ningún Ringback estaba funcionando cuando se perdió esta llamada: todos los puestos estaban cerrados y ningún servicio siempre activo enviaba SMS.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::CallsPage</name>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Call log</source>
        <translation>Registro de llamadas</translation>
    </message>
    <message>
        <source>Every call to the business, and whether Ringback texted the caller back. Double-click a call or press Enter to open the conversation.</source>
        <translation>Todas las llamadas a la empresa y si Ringback respondió por SMS. Haga doble clic en una llamada o pulse Intro para abrir la conversación.</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Devolver la llamada</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Abrir la conversación</translation>
    </message>
    <message>
        <source>Allow texts to this number again</source>
        <translation>Volver a permitir SMS a este número</translation>
    </message>
    <message>
        <source>Block this number…</source>
        <translation>Bloquear este número…</translation>
    </message>
</context>
<context>
    <name>ringback::ui::Composer</name>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Escriba una respuesta… (Ctrl+Intro envía)</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Enviar (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Respuestas guardadas</translation>
    </message>
    <message>
        <source>No saved replies yet: the owner adds them in Settings.</source>
        <translation>Aún no hay respuestas guardadas: el responsable las añade en Ajustes.</translation>
    </message>
    <message>
        <source>Insert a saved reply where the cursor is</source>
        <translation>Insertar una respuesta guardada donde está el cursor</translation>
    </message>
    <message>
        <source>“%1” is not in the basic SMS alphabet, so each SMS holds only 70 characters instead of 160.</source>
        <translation>«%1» no está en el alfabeto SMS básico, así que cada SMS admite solo 70 caracteres en lugar de 160.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) · %1 SMS</source>
        <extracomment>Under the reply box: &quot;42 characters · 1 SMS&quot;</extracomment>
        <translation>
            <numerusform>%Ln carácter · %1 SMS</numerusform>
            <numerusform>%Ln caracteres · %1 SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Enviar la respuesta</translation>
    </message>
    <message>
        <source>Send later</source>
        <translation>Enviar más tarde</translation>
    </message>
    <message>
        <source>Send this reply at a later time</source>
        <translation>Enviar esta respuesta más tarde</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>Dentro de 1 hora</translation>
    </message>
    <message>
        <source>Pick a date and time…</source>
        <translation>Elegir fecha y hora…</translation>
    </message>
    <message>
        <source>Today at %1</source>
        <translation>Hoy a las %1</translation>
    </message>
    <message>
        <source>Tomorrow at %1</source>
        <translation>Mañana a las %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>Send later, the business&apos;s next opening: &quot;Mon at 8:00&quot;</extracomment>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>At opening time (no opening hours set)</source>
        <translation>A la hora de apertura (sin horario definido)</translation>
    </message>
    <message>
        <source>Send by</source>
        <translation>Enviar por</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <extracomment>The channel (the product&apos;s name)</extracomment>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Send by SMS or WhatsApp (the channel they last wrote on comes first)</source>
        <translation>Enviar por SMS o WhatsApp (primero el canal por el que escribió por última vez)</translation>
    </message>
    <message>
        <source>Approved template</source>
        <translation>Plantilla aprobada</translation>
    </message>
    <message>
        <source>No approved WhatsApp templates</source>
        <translation>No hay plantillas de WhatsApp aprobadas</translation>
    </message>
    <message>
        <source>Choose a template…</source>
        <translation>Elegir una plantilla…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <extracomment>Under the reply box on WhatsApp: &quot;42 characters&quot;</extracomment>
        <translation>
            <numerusform>%Ln carácter</numerusform>
            <numerusform>%Ln caracteres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ringback::ui::ConversationDelegate</name>
    <message>
        <source>Auto</source>
        <comment>marks a text Ringback sent by itself</comment>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Urgent</source>
        <comment>a lead whose texts hold an urgent word</comment>
        <translation>Urgente</translation>
    </message>
</context>
<context>
    <name>ringback::ui::ConversationListModel</name>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Texted</source>
        <translation>SMS enviado</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Respondió</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Cualificado</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <source>Missed call, no texts yet</source>
        <translation>Llamada perdida, aún sin SMS</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Usted: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>automatic text: %1</source>
        <translation>SMS automático: %1</translation>
    </message>
    <message>
        <source>%1, unread, %2, %3, %4</source>
        <translation>%1, sin leer, %2, %3, %4</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>waiting &lt;1 min</source>
        <translation>espera &lt;1 min</translation>
    </message>
    <message numerus="yes">
        <source>waiting %n min</source>
        <translation>
            <numerusform>espera %n min</numerusform>
            <numerusform>espera %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n h</source>
        <translation>
            <numerusform>espera %n h</numerusform>
            <numerusform>espera %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting %1 h %2 min</source>
        <translation>espera %1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>waiting %n d</source>
        <translation>
            <numerusform>espera %n d</numerusform>
            <numerusform>espera %n d</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs reply</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>Opted out of texts: no more texts will go to this number.</source>
        <translation>Se dio de baja de los SMS: no se enviarán más SMS a este número.</translation>
    </message>
    <message>
        <source>Texted %1: no more texts will go to this number.</source>
        <translation>Respondió %1: no se enviarán más SMS a este número.</translation>
    </message>
    <message>
        <source>Moved out of Needs reply: nothing to answer yet.</source>
        <translation>Salió de Sin responder: aún no hay nada que contestar.</translation>
    </message>
    <message>
        <source>Moved out of Needs reply: Ringback&apos;s automatic text went last.</source>
        <translation>Salió de Sin responder: el último mensaje fue el SMS automático de Ringback.</translation>
    </message>
    <message>
        <source>Moved out of Needs reply: you answered.</source>
        <translation>Salió de Sin responder: ya respondió.</translation>
    </message>
    <message>
        <source>Moved out of Open: marked %1.</source>
        <translation>Salió de Abiertas: marcada como %1.</translation>
    </message>
    <message>
        <source>Moved out of Unread: you read it.</source>
        <translation>Salió de Sin leer: ya la leyó.</translation>
    </message>
    <message>
        <source>Moved out of Mine: nobody has it now.</source>
        <translation>Salió de Mías: ahora no la tiene nadie.</translation>
    </message>
    <message>
        <source>Moved out of Mine: assigned to %1.</source>
        <translation>Salió de Mías: asignada a %1.</translation>
    </message>
    <message>
        <source>Moved out of Done: marked %1.</source>
        <translation>Salió de Cerradas: marcada como %1.</translation>
    </message>
    <message>
        <source>Moved out of Opted out: they can be texted again.</source>
        <translation>Salió de Bajas: se le pueden volver a enviar SMS.</translation>
    </message>
    <message>
        <source>Does not match “%1”: shown because it is open.</source>
        <translation>No coincide con «%1»: se muestra porque está abierta.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::ConversationListPane</name>
    <message>
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <source>Search names, numbers and texts  (Ctrl+F)</source>
        <translation>Buscar nombres, números y SMS  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show open conversations</source>
        <translation>Mostrar las conversaciones abiertas</translation>
    </message>
    <message>
        <source>Show unread conversations</source>
        <translation>Mostrar las conversaciones sin leer</translation>
    </message>
    <message>
        <source>Show conversations assigned to me</source>
        <translation>Mostrar las conversaciones asignadas a mí</translation>
    </message>
    <message>
        <source>Show booked, won and lost conversations</source>
        <translation>Mostrar las conversaciones reservadas, ganadas y perdidas</translation>
    </message>
    <message>
        <source>Show callers who opted out</source>
        <translation>Mostrar las personas que se dieron de baja</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Sin leer</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mías</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Cerradas</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Bajas</translation>
    </message>
    <message>
        <source>Set who sits at this desk in Settings to see the conversations assigned to you.</source>
        <translation>Indique en Ajustes quién trabaja en este puesto para ver las conversaciones asignadas a usted.</translation>
    </message>
    <message>
        <source>Conversations assigned to %1</source>
        <translation>Conversaciones asignadas a %1</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin resultados</translation>
    </message>
    <message>
        <source>No conversation in %1 matches “%2”. Check the spelling, or look in another filter.</source>
        <translation>Ninguna conversación en %1 coincide con «%2». Revise la ortografía o busque en otro filtro.</translation>
    </message>
    <message>
        <source>No open conversations</source>
        <translation>No hay conversaciones abiertas</translation>
    </message>
    <message>
        <source>When someone calls and nobody picks up, Ringback texts them back. Their replies appear here, one conversation per caller.</source>
        <translation>Cuando alguien llama y nadie contesta, Ringback le envía un SMS. Sus respuestas aparecen aquí, una conversación por persona.</translation>
    </message>
    <message>
        <source>All caught up</source>
        <translation>Todo al día</translation>
    </message>
    <message>
        <source>Replies nobody has opened yet appear here.</source>
        <translation>Aquí aparecen las respuestas que nadie ha abierto todavía.</translation>
    </message>
    <message>
        <source>Who sits at this desk?</source>
        <translation>¿Quién trabaja en este puesto?</translation>
    </message>
    <message>
        <source>Set your name under Settings, This computer, to see the conversations assigned to you here.</source>
        <translation>Indique su nombre en Ajustes, Este ordenador, para ver aquí las conversaciones asignadas a usted.</translation>
    </message>
    <message>
        <source>Nothing assigned to %1</source>
        <translation>Nada asignado a %1</translation>
    </message>
    <message>
        <source>Conversations assigned to %1 on their lead card appear here.</source>
        <translation>Aquí aparecen las conversaciones asignadas a %1 en su ficha de contacto.</translation>
    </message>
    <message>
        <source>No finished jobs yet</source>
        <translation>Aún no hay trabajos terminados</translation>
    </message>
    <message>
        <source>Conversations whose lead is Booked, Won or Lost move here.</source>
        <translation>Aquí pasan las conversaciones cuyo contacto está Reservado, Ganado o Perdido.</translation>
    </message>
    <message>
        <source>Nobody has opted out</source>
        <translation>Nadie se ha dado de baja</translation>
    </message>
    <message>
        <source>Callers who text STOP are listed here. Ringback never texts them again.</source>
        <translation>Aquí aparecen las personas que envían STOP por SMS. Ringback no les vuelve a escribir nunca.</translation>
    </message>
    <message>
        <source>Search names, numbers and texts</source>
        <translation>Buscar nombres, números y SMS</translation>
    </message>
    <message>
        <source>Show conversations where the customer spoke last, longest wait first</source>
        <translation>Mostrar las conversaciones en las que el cliente habló el último, primero las que más esperan</translation>
    </message>
    <message>
        <source>Needs reply</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>Nobody is waiting for a reply</source>
        <translation>Nadie espera respuesta</translation>
    </message>
    <message>
        <source>When a customer texts and nobody has answered yet, they are listed here, longest wait first.</source>
        <translation>Cuando un cliente escribe y nadie ha respondido todavía, aparece aquí, primero quien más espera.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::ConversationView</name>
    <message>
        <source>Pick a conversation to reply.</source>
        <translation>Elija una conversación para responder.</translation>
    </message>
    <message>
        <source>This caller opted out of texts on %1. Ringback will not text them; call them instead.</source>
        <translation>Esta persona se dio de baja de los SMS el %1. Ringback no le enviará SMS; llámela en su lugar.</translation>
    </message>
    <message>
        <source>This caller opted out of texts by replying %1 on %2. Ringback will not text them unless they reply START; call them instead.</source>
        <translation>Esta persona se dio de baja de los SMS respondiendo %1 el %2. Ringback no le enviará SMS salvo que responda START; llámela en su lugar.</translation>
    </message>
    <message>
        <source>%1 is replying…</source>
        <translation>%1 está respondiendo…</translation>
    </message>
    <message>
        <source>%1 and %2 are replying…</source>
        <translation>%1 y %2 están respondiendo…</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n others are replying…</source>
        <translation>
            <numerusform>%1 y %n persona más están respondiendo…</numerusform>
            <numerusform>%1 y %n personas más están respondiendo…</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm opt-out</source>
        <translation>Confirmar baja</translation>
    </message>
    <message>
        <source>Not an opt-out</source>
        <translation>No es una baja</translation>
    </message>
    <message>
        <source>Their reply on %1 looks like a request to stop texts. Ringback has stopped automatic texts to them; you can still reply by hand.</source>
        <translation>Su respuesta del %1 parece una petición para dejar de recibir SMS. Ringback ha detenido los SMS automáticos a esta persona; usted aún puede responder a mano.</translation>
    </message>
    <message>
        <source>Don&apos;t send this text?</source>
        <translation>¿No enviar este mensaje?</translation>
    </message>
    <message>
        <source>The scheduled text will not be sent. The lead&apos;s history keeps a note of it.</source>
        <translation>El mensaje programado no se enviará. El historial del cliente guarda una nota.</translation>
    </message>
    <message>
        <source>Don&apos;t send</source>
        <translation>No enviar</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>It is %1 for them. Send at %2 their time instead?</source>
        <extracomment>A reply typed late at night (or too early) for the customer&apos;s local time</extracomment>
        <translation>Para ellos son las %1. ¿Enviar a las %2 de su hora?</translation>
    </message>
    <message>
        <source>Send at %1</source>
        <translation>Enviar a las %1</translation>
    </message>
</context>
<context>
    <name>ringback::ui::DashboardPage</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Texted</source>
        <translation>SMS enviado</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Respondió</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Cualificado</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <source>%1% of missed calls</source>
        <translation>%1% de las llamadas perdidas</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
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
        <source>Choose dates</source>
        <translation>Elegir fechas</translation>
    </message>
    <message>
        <source>Export leads…</source>
        <translation>Exportar contactos…</translation>
    </message>
    <message>
        <source>Export call log…</source>
        <translation>Exportar registro de llamadas…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Missed calls</source>
        <translation>Llamadas perdidas</translation>
    </message>
    <message>
        <source>Texted back</source>
        <translation>SMS enviados</translation>
    </message>
    <message>
        <source>Booked / won</source>
        <translation>Reservados / ganados</translation>
    </message>
    <message>
        <source>Value of those jobs</source>
        <translation>Valor de esos trabajos</translation>
    </message>
    <message>
        <source>Time to text</source>
        <translation>Tiempo hasta el SMS</translation>
    </message>
    <message>
        <source>Missed calls by hour of day</source>
        <translation>Llamadas perdidas por hora del día</translation>
    </message>
    <message>
        <source>Missed calls by weekday</source>
        <translation>Llamadas perdidas por día de la semana</translation>
    </message>
    <message>
        <source>Leads from missed calls, by status</source>
        <translation>Contactos de llamadas perdidas, por estado</translation>
    </message>
    <message>
        <source>Why the other calls were not texted</source>
        <translation>Por qué no se envió SMS a las demás llamadas</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Horas en %1</translation>
    </message>
    <message>
        <source>%1% reply rate</source>
        <translation>%1% responde</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>estimated, booked and won</source>
        <translation>estimado, reservados y ganados</translation>
    </message>
    <message>
        <source>median; 95% within %1</source>
        <translation>mediana; el 95% en menos de %1</translation>
    </message>
    <message>
        <source>nothing texted yet</source>
        <translation>aún ningún SMS</translation>
    </message>
    <message>
        <source>No missed calls in this period.</source>
        <translation>No hubo llamadas perdidas en este periodo.</translation>
    </message>
    <message>
        <source>Every missed call was texted back.</source>
        <translation>Se envió un SMS a todas las llamadas perdidas.</translation>
    </message>
    <message>
        <source>ringback-leads-%1.csv</source>
        <translation>ringback-contactos-%1.csv</translation>
    </message>
    <message>
        <source>ringback-calls-%1.csv</source>
        <translation>ringback-llamadas-%1.csv</translation>
    </message>
    <message>
        <source>Export leads</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <source>Export call log</source>
        <translation>Exportar registro de llamadas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) exported.</source>
        <translation>
            <numerusform>%Ln contacto exportado.</numerusform>
            <numerusform>%Ln contactos exportados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) exported.</source>
        <translation>
            <numerusform>%Ln llamada exportada.</numerusform>
            <numerusform>%Ln llamadas exportadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missed calls while nobody was texting: %1 (today)</source>
        <translation>Llamadas perdidas mientras nadie enviaba SMS: %1 (hoy)</translation>
    </message>
    <message>
        <source>Missed calls while nobody was texting: %1 (this week)</source>
        <translation>Llamadas perdidas mientras nadie enviaba SMS: %1 (esta semana)</translation>
    </message>
    <message>
        <source>Missed calls while nobody was texting: %1 (last 30 days)</source>
        <translation>Llamadas perdidas mientras nadie enviaba SMS: %1 (últimos 30 días)</translation>
    </message>
    <message>
        <source>Missed calls while nobody was texting: %1 (%2 to %3)</source>
        <translation>Llamadas perdidas mientras nadie enviaba SMS: %1 (del %2 al %3)</translation>
    </message>
    <message>
        <source>A Ringback was texting missed callers back the whole time.</source>
        <translation>Siempre hubo un Ringback respondiendo por SMS a las llamadas perdidas.</translation>
    </message>
    <message numerus="yes">
        <source>Every desk was closed and no always-on worker was running. An always-on worker would have texted these %n caller(s) back within seconds; %1 of them got no text at all. See &quot;Keep texting when the office is closed&quot; in the guide.</source>
        <translation>
            <numerusform>Todos los puestos estaban cerrados y no funcionaba ningún servicio siempre activo. Un servicio siempre activo habría escrito a este %n cliente en segundos; %1 no recibió ningún SMS. Vea «Seguir enviando SMS con la oficina cerrada» en la guía.</numerusform>
            <numerusform>Todos los puestos estaban cerrados y no funcionaba ningún servicio siempre activo. Un servicio siempre activo habría escrito a estos %n clientes en segundos; %1 no recibieron ningún SMS. Vea «Seguir enviando SMS con la oficina cerrada» en la guía.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export figures…</source>
        <translation>Exportar cifras…</translation>
    </message>
    <message>
        <source>Export figures</source>
        <translation>Exportar cifras</translation>
    </message>
    <message>
        <source>ringback-figures-%1.csv</source>
        <translation>ringback-cifras-%1.csv</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Recuperado</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>What silence costs a year</source>
        <translation>Lo que cuesta el silencio en un año</translation>
    </message>
    <message>
        <source>Used until a job is marked won: then the average of won jobs counts.</source>
        <translation>Se usa hasta que un trabajo se marque como ganado: entonces cuenta la media de los trabajos ganados.</translation>
    </message>
    <message>
        <source>How fast the office answers customers&apos; texts</source>
        <translation>Qué tan rápido responde la oficina a los SMS de los clientes</translation>
    </message>
    <message>
        <source>%1% of callers booked</source>
        <translation>El %1 % de quienes llamaron reservó</translation>
    </message>
    <message numerus="yes">
        <source>Rates count only calls since Ringback was switched on (%1); before Ringback: %2 missed call(s).</source>
        <translation>
            <numerusform>Los porcentajes cuentan solo las llamadas desde que se activó Ringback (%1); antes de Ringback: %2 llamada perdida.</numerusform>
            <numerusform>Los porcentajes cuentan solo las llamadas desde que se activó Ringback (%1); antes de Ringback: %2 llamadas perdidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) booked or won from missed calls Ringback texted back</source>
        <translation>
            <numerusform>%n trabajo reservado o ganado de llamadas perdidas que Ringback respondió por SMS</numerusform>
            <numerusform>%n trabajos reservados o ganados de llamadas perdidas que Ringback respondió por SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them valued at the average job (no value of their own)</source>
        <translation>
            <numerusform>%n de ellos valorado al trabajo medio (sin valor propio)</numerusform>
            <numerusform>%n de ellos valorados al trabajo medio (sin valor propio)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed call(s) nobody texted, answered or called back, at %1 each</source>
        <translation>
            <numerusform>%n llamada perdida sin SMS, sin respuesta ni devolución, a %1 cada una</numerusform>
            <numerusform>%n llamadas perdidas sin SMS, sin respuesta ni devolución, a %1 cada una</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 missed calls a week × %2% of callers who book × %3 average job × 50 weeks</source>
        <translation>%1 llamadas perdidas por semana × %2 % de quienes reservan × %3 de trabajo medio × 50 semanas</translation>
    </message>
    <message>
        <source>Needs calls since Ringback was switched on: how many callers book is counted from them.</source>
        <translation>Hacen falta llamadas desde que se activó Ringback: de ellas se cuenta cuántos reservan.</translation>
    </message>
    <message>
        <source>Average job (no job marked won yet: your own figure, in %1):</source>
        <translation>Trabajo medio (aún no hay trabajos ganados: su propia cifra, en %1):</translation>
    </message>
    <message numerus="yes">
        <source>Average job %1: the mean of %n won job(s).</source>
        <translation>
            <numerusform>Trabajo medio %1: la media de %n trabajo ganado.</numerusform>
            <numerusform>Trabajo medio %1: la media de %n trabajos ganados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody at the office answered a customer&apos;s text in this period.</source>
        <translation>Nadie de la oficina respondió a un SMS de cliente en este periodo.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Who answered</source>
        <translation>Quién respondió</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Median wait</source>
        <translation>Espera mediana</translation>
    </message>
    <message>
        <source>90% within</source>
        <translation>El 90 % en</translation>
    </message>
    <message>
        <source>Within 5 minutes</source>
        <translation>En 5 minutos</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Sent outside Ringback</source>
        <translation>Enviados fuera de Ringback</translation>
    </message>
    <message>
        <source>Figures exported.</source>
        <translation>Cifras exportadas.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::HeldTextsDialog</name>
    <message>
        <source>Texts waiting for approval</source>
        <translation>SMS pendientes de aprobación</translation>
    </message>
    <message>
        <source>Send selected</source>
        <translation>Enviar los seleccionados</translation>
    </message>
    <message>
        <source>Send all</source>
        <translation>Enviar todos</translation>
    </message>
    <message>
        <source>Don&apos;t send selected</source>
        <translation>No enviar los seleccionados</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>No se cambió nada: %1</translation>
    </message>
    <message>
        <source>More missed callers than your hourly limit allows (Settings &gt; Text-back rules), so these automatic texts were held. Send them now, or decide not to send them.</source>
        <translation>Hubo más llamadas perdidas de las que permite su límite por hora (Ajustes &gt; Reglas de respuesta por SMS), así que estos SMS automáticos quedaron retenidos. Envíelos ahora o decida no enviarlos.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::HeldTextsModel</name>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Esperando desde</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
</context>
<context>
    <name>ringback::ui::HeldTextsNotice</name>
    <message>
        <source>Texts waiting for your approval: %1</source>
        <translation>SMS pendientes de su aprobación: %1</translation>
    </message>
    <message>
        <source>Over the hourly limit of automatic texts. Click to send them or not.</source>
        <translation>Por encima del límite por hora de SMS automáticos. Haga clic para enviarlos o no.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::InboxPage</name>
    <message>
        <source>Pick a conversation on the left to read it and reply.</source>
        <translation>Elija una conversación a la izquierda para leerla y responder.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::IntakePanel</name>
    <message>
        <source>What they need</source>
        <translation>Qué necesitan</translation>
    </message>
    <message>
        <source>The address of the job</source>
        <translation>La dirección del trabajo</translation>
    </message>
    <message>
        <source>When to come</source>
        <translation>Cuándo ir</translation>
    </message>
    <message>
        <source>A photo</source>
        <translation>Una foto</translation>
    </message>
    <message>
        <source>Ask callers a few questions after their first reply</source>
        <translation>Hacer unas preguntas a quien llama después de su primera respuesta</translation>
    </message>
    <message>
        <source>Save words</source>
        <translation>Guardar palabras</translation>
    </message>
    <message>
        <source>Restore default words</source>
        <translation>Restaurar las palabras predeterminadas</translation>
    </message>
    <message>
        <source>After the caller answers the missed-call text, Ringback asks these one at a time, each only once the previous one is answered, and only what the lead card does not know yet. It stops as soon as someone at the office replies or takes the lead, when the job is urgent, or when the caller opts out. Questions are never sent during the caller&apos;s night.</source>
        <translation>Cuando la persona responde al mensaje de llamada perdida, Ringback hace estas preguntas una a una, cada una solo cuando la anterior tiene respuesta, y solo lo que la ficha aún no sabe. Se detiene en cuanto alguien de la oficina responde o se queda con el cliente, cuando el trabajo es urgente o cuando la persona se da de baja. Nunca se envían preguntas durante la noche de quien llamó.</translation>
    </message>
    <message>
        <source>Questions, in the order they are asked</source>
        <translation>Preguntas, en el orden en que se hacen</translation>
    </message>
    <message>
        <source>Edit wording…</source>
        <translation>Editar el texto…</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>If a question gets no answer, ask the next one after (once):</source>
        <translation>Si una pregunta no tiene respuesta, hacer la siguiente tras (una vez):</translation>
    </message>
    <message>
        <source>Urgent words</source>
        <translation>Palabras urgentes</translation>
    </message>
    <message>
        <source>A text with one of these words marks the lead Urgent: it goes first in Needs reply, every desk is notified at once, and the owner&apos;s mobile gets a text when one is set. One word or phrase per line; end a word with * to accept any ending (leak* also finds &quot;leaking&quot;).</source>
        <translation>Un mensaje con una de estas palabras marca al cliente como Urgente: pasa primero en Sin responder, todos los puestos reciben un aviso al instante y el móvil del dueño recibe un SMS si está configurado. Una palabra o frase por línea; termine una palabra con * para aceptar cualquier final (fuga* también encuentra &quot;fugas&quot;).</translation>
    </message>
    <message>
        <source>The setting could not be saved. Check the database in Settings.</source>
        <translation>No se pudo guardar el ajuste. Revise la base de datos en Ajustes.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Aún sin guardar.</translation>
    </message>
    <message>
        <source>The questions could not be saved. Check the database in Settings.</source>
        <translation>No se pudieron guardar las preguntas. Revise la base de datos en Ajustes.</translation>
    </message>
    <message numerus="yes">
        <source>Saved. %n urgent word(s).</source>
        <translation>
            <numerusform>Guardado. %n palabra urgente.</numerusform>
            <numerusform>Guardado. %n palabras urgentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Intake is on but no question is ticked: nothing will be asked.</source>
        <translation>La admisión está activada pero no hay ninguna pregunta marcada: no se preguntará nada.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a question&apos;s wording as the caller reads it, quoted</comment>
        <translation>«%1»</translation>
    </message>
</context>
<context>
    <name>ringback::ui::LeadBoardPage</name>
    <message>
        <source>Leads</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Drag a card to another column, or select it and press Ctrl+Right or Ctrl+Left. Double-click or press Enter to open the conversation.</source>
        <translation>Arrastre una ficha a otra columna, o selecciónela y pulse Ctrl+Derecha o Ctrl+Izquierda. Haga doble clic o pulse Intro para abrir la conversación.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>%n leads</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 estimated</source>
        <translation>%1 estimado</translation>
    </message>
    <message>
        <source>No estimates yet</source>
        <translation>Aún sin estimaciones</translation>
    </message>
</context>
<context>
    <name>ringback::ui::LeadCard</name>
    <message>
        <source>Number copied.</source>
        <translation>Número copiado.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Add their name</source>
        <translation>Añada su nombre</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the number to the clipboard</source>
        <translation>Copiar el número al portapapeles</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Copiar número</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Town or area</source>
        <translation>Localidad o zona</translation>
    </message>
    <message>
        <source>What they need</source>
        <translation>Qué necesita</translation>
    </message>
    <message>
        <source>e.g. leaking water heater</source>
        <translation>p. ej. calentador de agua con fuga</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Estimated job value</source>
        <translation>Valor estimado del trabajo</translation>
    </message>
    <message>
        <source>Not estimated</source>
        <translation>Sin estimar</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Anything the next person should know</source>
        <translation>Lo que debe saber la próxima persona</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesita</translation>
    </message>
    <message>
        <source>Job value</source>
        <translation>Valor del trabajo</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nadie todavía</translation>
    </message>
    <message>
        <source>Urgent: call them first</source>
        <translation>Urgente: llamar primero</translation>
    </message>
    <message>
        <source>Address of the job</source>
        <translation>Dirección del trabajo</translation>
    </message>
    <message>
        <source>Street, city</source>
        <translation>Calle, ciudad</translation>
    </message>
    <message>
        <source>When they want us</source>
        <translation>Cuándo nos quieren</translation>
    </message>
    <message>
        <source>e.g. tomorrow morning</source>
        <translation>p. ej. mañana por la mañana</translation>
    </message>
    <message>
        <source>Urgent leads come first in Needs reply. Ringback ticks this when a text holds an urgent word (Templates &gt; Intake).</source>
        <translation>Los clientes urgentes van primero en Sin responder. Ringback lo marca cuando un mensaje contiene una palabra urgente (Plantillas &gt; Admisión).</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) in the conversation</source>
        <translation>
            <numerusform>%n foto en la conversación</numerusform>
            <numerusform>%n fotos en la conversación</numerusform>
        </translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>Fijo</translation>
    </message>
    <message>
        <source>Fixed internet phone</source>
        <translation>Teléfono fijo por internet</translation>
    </message>
    <message>
        <source>Internet phone number</source>
        <translation>Número de teléfono por internet</translation>
    </message>
    <message>
        <source>Toll-free</source>
        <translation>Gratuito</translation>
    </message>
    <message>
        <source>Premium rate</source>
        <translation>Tarificación especial</translation>
    </message>
    <message>
        <source>Voicemail only</source>
        <translation>Solo buzón de voz</translation>
    </message>
    <message>
        <source>Pager</source>
        <translation>Buscapersonas</translation>
    </message>
    <message>
        <source>%1 (learned from a failed text)</source>
        <translation>%1 (sabido por un SMS fallido)</translation>
    </message>
    <message>
        <source>%1 (carrier: %2)</source>
        <translation>%1 (operador: %2)</translation>
    </message>
    <message>
        <source>%1 (Twilio Lookup)</source>
        <translation>%1 (Twilio Lookup)</translation>
    </message>
</context>
<context>
    <name>ringback::ui::LeadCardDelegate</name>
    <message>
        <source>Job not described yet</source>
        <translation>Trabajo aún sin describir</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>No texts</source>
        <translation>Sin SMS</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
</context>
<context>
    <name>ringback::ui::LeadColumnModel</name>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>estimated %1</source>
        <translation>estimado %1</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>asignado a %1</translation>
    </message>
    <message>
        <source>first call %1 ago</source>
        <translation>primera llamada hace %1</translation>
    </message>
    <message>
        <source>opted out of texts</source>
        <translation>se dio de baja de los SMS</translation>
    </message>
    <message>
        <source>cannot be texted</source>
        <translation>no puede recibir SMS</translation>
    </message>
</context>
<context>
    <name>ringback::ui::LeadColumnView</name>
    <message>
        <source>%1 leads</source>
        <translation>%1 contactos</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Abrir conversación</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Mover a</translation>
    </message>
    <message>
        <source>No leads here. Drag a card here to move it.</source>
        <translation>No hay contactos aquí. Arrastre una ficha aquí para moverla.</translation>
    </message>
    <message>
        <source>Leads: move the card to the next column</source>
        <translation>Contactos: mover la ficha a la columna siguiente</translation>
    </message>
    <message>
        <source>Leads: move the card back a column</source>
        <translation>Contactos: mover la ficha a la columna anterior</translation>
    </message>
    <message>
        <source>Leads and Calls: open the conversation</source>
        <translation>Contactos y Llamadas: abrir la conversación</translation>
    </message>
</context>
<context>
    <name>ringback::ui::LeadTimelineModel</name>
    <message>
        <source>Missed call</source>
        <translation>Llamada perdida</translation>
    </message>
    <message>
        <source>Answered call</source>
        <translation>Llamada atendida</translation>
    </message>
    <message>
        <source>Texted</source>
        <translation>SMS enviado</translation>
    </message>
    <message>
        <source>Not texted</source>
        <translation>Sin SMS</translation>
    </message>
    <message>
        <source>Replied by text</source>
        <translation>Respondió por SMS</translation>
    </message>
    <message>
        <source>Text sent</source>
        <translation>Mensaje enviado</translation>
    </message>
    <message>
        <source>Text not delivered</source>
        <translation>SMS no entregado</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Se dio de baja</translation>
    </message>
    <message>
        <source>Opted back in</source>
        <translation>Volvió a darse de alta</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Estado cambiado</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A line of the lead&apos;s history: &quot;Mar 2, 14:02 — Texted back&quot;</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ringback::ui::MainWindow</name>
    <message>
        <source>Ringback</source>
        <translation>Ringback</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Datos: %1</translation>
    </message>
    <message>
        <source>Auto text-back is off: no phone provider is connected yet.</source>
        <translation>La respuesta automática por SMS está desactivada: aún no hay ningún proveedor telefónico conectado.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connected to the shared database again.</source>
        <translation>Conectado de nuevo a la base de datos compartida.</translation>
    </message>
    <message>
        <source>The shared database is answering again.</source>
        <translation>La base de datos compartida vuelve a responder.</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Ir a %1</translation>
    </message>
    <message numerus="yes">
        <source>Inbox (%n)</source>
        <comment>the number of conversations that need a reply</comment>
        <translation>
            <numerusform>Bandeja (%n)</numerusform>
            <numerusform>Bandeja (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inbox, %n need a reply</source>
        <translation>
            <numerusform>Bandeja de entrada, %n sin responder</numerusform>
            <numerusform>Bandeja de entrada, %n sin responder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ringback::ui::NumbersPage</name>
    <message>
        <source>Your business numbers</source>
        <translation>Los números de su negocio</translation>
    </message>
    <message>
        <source>Pick the numbers customers call. Ringback texts back missed calls to these numbers, from the number the customer called.</source>
        <translation>Elija los números a los que llaman sus clientes. Ringback responde por SMS a las llamadas perdidas de estos números, desde el número al que llamó el cliente.</translation>
    </message>
    <message>
        <source>Go back and test the connection first.</source>
        <translation>Vuelva atrás y pruebe primero la conexión.</translation>
    </message>
    <message>
        <source>Looking up the numbers of your account...</source>
        <translation>Buscando los números de su cuenta...</translation>
    </message>
    <message>
        <source>Ringback could not list the account&apos;s numbers: %1
You can go on: Ringback will then watch every number of the account that can send texts.</source>
        <translation>Ringback no pudo obtener los números de la cuenta: %1
Puede continuar: Ringback vigilará todos los números de la cuenta que pueden enviar SMS.</translation>
    </message>
    <message>
        <source>This account has no phone numbers yet. Buy or port a number at your provider, then run the setup again from Settings.</source>
        <translation>Esta cuenta aún no tiene números de teléfono. Compre o porte un número en su proveedor y vuelva a ejecutar la configuración desde Ajustes.</translation>
    </message>
    <message>
        <source>Numbers of the account &quot;%1&quot;:</source>
        <translation>Números de la cuenta «%1»:</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demostración</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 - cannot send texts</source>
        <translation>%1 - no puede enviar SMS</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>WhatsApp sender (optional):</source>
        <translation>Remitente de WhatsApp (opcional):</translation>
    </message>
    <message>
        <source>Looking up the account&apos;s approved WhatsApp templates...</source>
        <translation>Buscando las plantillas de WhatsApp aprobadas de la cuenta...</translation>
    </message>
    <message>
        <source>The WhatsApp templates could not be listed: %1</source>
        <translation>No se pudieron obtener las plantillas de WhatsApp: %1</translation>
    </message>
    <message>
        <source>No approved WhatsApp templates: replies on WhatsApp are possible only within 24 hours of the customer&apos;s last message.</source>
        <translation>No hay plantillas de WhatsApp aprobadas: solo se puede responder por WhatsApp en las 24 horas siguientes al último mensaje del cliente.</translation>
    </message>
    <message>
        <source>Approved WhatsApp templates: %1</source>
        <translation>Plantillas de WhatsApp aprobadas: %1</translation>
    </message>
</context>
<context>
    <name>ringback::ui::PhotoViewer</name>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Photos from %1</source>
        <translation>Fotos de %1</translation>
    </message>
    <message>
        <source>The photos are still on their way from the phone provider.</source>
        <translation>Las fotos aún están llegando desde el proveedor telefónico.</translation>
    </message>
    <message>
        <source>Photo %1 of %2</source>
        <translation>Foto %1 de %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Ringback cannot show this kind of picture (%1). Save it and open it with another program.</source>
        <translation>Ringback no puede mostrar este tipo de imagen (%1). Guárdela y ábrala con otro programa.</translation>
    </message>
    <message>
        <source>A file of type %1. Save it and open it with another program.</source>
        <translation>Un archivo de tipo %1. Guárdelo y ábralo con otro programa.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Ringback could not fetch this photo yet and tries again on its own.</source>
        <translation>Ringback aún no pudo descargar esta foto y lo volverá a intentar solo.</translation>
    </message>
    <message>
        <source>This photo is on its way from the phone provider.</source>
        <translation>Esta foto está llegando desde el proveedor telefónico.</translation>
    </message>
    <message>
        <source>The phone provider no longer has this photo (it may have been deleted in the account).</source>
        <translation>El proveedor telefónico ya no tiene esta foto (puede que se haya borrado en la cuenta).</translation>
    </message>
    <message>
        <source>The phone provider&apos;s copy could not be read: it may be larger than 5 MB.</source>
        <translation>No se pudo leer la copia del proveedor telefónico: puede que supere los 5 MB.</translation>
    </message>
    <message>
        <source>Ringback gave up fetching this photo after several tries. Ask the caller to send it again.</source>
        <translation>Ringback dejó de intentar descargar esta foto tras varios intentos. Pida al cliente que la envíe de nuevo.</translation>
    </message>
    <message>
        <source>Save photo</source>
        <translation>Guardar foto</translation>
    </message>
    <message>
        <source>The photo could not be saved to %1: %2. Choose another folder, or free some space, and save it again.</source>
        <translation>No se pudo guardar la foto en %1: %2. Elija otra carpeta o libere espacio, y vuelva a guardarla.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::PreviewPage</name>
    <message>
        <source>The text your callers get</source>
        <translation>El SMS que reciben quienes llaman</translation>
    </message>
    <message>
        <source>When nobody answers during opening hours, the caller gets this within seconds. You can change the wording later.</source>
        <translation>Cuando nadie contesta en horario de apertura, quien llama recibe esto en segundos. Puede cambiar el texto más adelante.</translation>
    </message>
    <message>
        <source>%1 characters: it fits in one text message.</source>
        <translation>%1 caracteres: cabe en un solo SMS.</translation>
    </message>
    <message>
        <source>%1 characters: it is sent as %2 text messages, and each one is billed. A shorter business name or message would fit in one.</source>
        <translation>%1 caracteres: se envía como %2 SMS, y cada uno se cobra. Con un nombre o un mensaje más corto cabría en uno.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::ProviderPage</name>
    <message>
        <source>Twilio (or a Twilio-compatible service such as SignalWire)</source>
        <translation>Twilio (o un servicio compatible con Twilio, como SignalWire)</translation>
    </message>
    <message>
        <source>Demo: a pretend plumbing office, no account needed</source>
        <translation>Demostración: una fontanería ficticia, sin necesidad de cuenta</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Your phone provider</source>
        <translation>Su proveedor telefónico</translation>
    </message>
    <message>
        <source>Ringback reads your phone account&apos;s call log and sends the texts from your business number.</source>
        <translation>Ringback lee el registro de llamadas de su cuenta telefónica y envía los SMS desde el número de su negocio.</translation>
    </message>
    <message>
        <source>AC followed by 32 letters and digits</source>
        <translation>AC seguido de 32 letras y cifras</translation>
    </message>
    <message>
        <source>32 letters and digits</source>
        <translation>32 letras y cifras</translation>
    </message>
    <message>
        <source>Both are on the first page of your Twilio Console (console.twilio.com), under Account Info.</source>
        <translation>Ambos están en la primera página de su consola de Twilio (console.twilio.com), en Account Info.</translation>
    </message>
    <message>
        <source>Account SID:</source>
        <translation>Account SID:</translation>
    </message>
    <message>
        <source>Auth Token:</source>
        <translation>Auth Token:</translation>
    </message>
    <message>
        <source>The demo plays a busy plumbing office: calls come in every few seconds and Ringback texts back the ones nobody answered. Click Finish to start it, or Next to look at the other steps.</source>
        <translation>La demostración simula una fontanería con mucho trabajo: entran llamadas cada pocos segundos y Ringback responde por SMS a las que nadie contestó. Pulse Finalizar para empezar, o Siguiente para ver los demás pasos.</translation>
    </message>
    <message>
        <source>Enter the Account SID first.</source>
        <translation>Escriba primero el Account SID.</translation>
    </message>
    <message>
        <source>Enter the Auth Token first.</source>
        <translation>Escriba primero el Auth Token.</translation>
    </message>
    <message>
        <source>Connecting to Twilio...</source>
        <translation>Conectando con Twilio...</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is %2, so it cannot send texts. Reactivate it in the Twilio Console, then test again.</source>
        <translation>La cuenta «%1» está en estado %2, así que no puede enviar SMS. Reactívela en la consola de Twilio y vuelva a probar.</translation>
    </message>
    <message>
        <source>Connected to the account &quot;%1&quot;.</source>
        <translation>Conectado a la cuenta «%1».</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved token</source>
        <translation>Déjelo vacío para conservar el token guardado</translation>
    </message>
    <message>
        <source>The saved token could not be read: %1 Enter the Auth Token again.</source>
        <translation>No se pudo leer el token guardado: %1 Vuelva a escribir el Auth Token.</translation>
    </message>
    <message>
        <source>Keep the Auth Token in a file only I can read</source>
        <translation>Guardar el Auth Token en un archivo que solo yo puedo leer</translation>
    </message>
    <message>
        <source>This computer has no keychain (such as GNOME Keyring) to keep the Auth Token in. Ringback can keep it in a file that only you can read: %1</source>
        <translation>Este ordenador no tiene un llavero (como GNOME Keyring) donde guardar el Auth Token. Ringback puede guardarlo en un archivo que solo usted puede leer: %1</translation>
    </message>
    <message>
        <source>Checking the texting registration of your numbers...</source>
        <translation>Comprobando el registro de sus números para enviar SMS...</translation>
    </message>
</context>
<context>
    <name>ringback::ui::QuitGuard</name>
    <message>
        <source>Ringback</source>
        <translation>Ringback</translation>
    </message>
    <message>
        <source>Nobody will text callers tonight if you quit.</source>
        <translation>Si sale, nadie enviará SMS a los clientes esta noche.</translation>
    </message>
    <message>
        <source>This is the only Ringback texting missed callers back, and the office is closed or closes within the hour. An always-on worker on a machine that stays on keeps texting when every desk is off.</source>
        <translation>Este es el único Ringback que responde por SMS a las llamadas perdidas, y la oficina está cerrada o cierra en menos de una hora. Un servicio siempre activo en un equipo que queda encendido sigue enviando SMS cuando todos los puestos están apagados.</translation>
    </message>
    <message>
        <source>Keep Ringback in the tray</source>
        <translation>Dejar Ringback en la bandeja</translation>
    </message>
    <message>
        <source>Keep Ringback running</source>
        <translation>Dejar Ringback abierto</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>Salir de todos modos</translation>
    </message>
</context>
<context>
    <name>ringback::ui::ReplyNotifier</name>
    <message numerus="yes">
        <source>%1 — %n unread</source>
        <translation>
            <numerusform>%1 — %n sin leer</numerusform>
            <numerusform>%1 — %n sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 replied</source>
        <translation>%1 respondió</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new replies</source>
        <translation>
            <numerusform>%n respuesta nueva</numerusform>
            <numerusform>%n respuestas nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n need a reply</source>
        <translation>
            <numerusform>%1 — %n sin responder</numerusform>
            <numerusform>%1 — %n sin responder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n need a reply</source>
        <translation>
            <numerusform>%n sin responder</numerusform>
            <numerusform>%n sin responder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n sin leer</numerusform>
            <numerusform>%n sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>Urgent: %1 replied</source>
        <translation>Urgente: %1 respondió</translation>
    </message>
</context>
<context>
    <name>ringback::ui::SendLaterDialog</name>
    <message>
        <source>Edit scheduled text</source>
        <translation>Editar mensaje programado</translation>
    </message>
    <message>
        <source>Send later</source>
        <translation>Enviar más tarde</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Hora:</translation>
    </message>
    <message>
        <source>In the business&apos;s time zone (%1).</source>
        <translation>En la zona horaria del negocio (%1).</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programar</translation>
    </message>
    <message>
        <source>Pick a moment in the future.</source>
        <translation>Elija un momento en el futuro.</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>El mensaje está vacío.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::SetAsideNotice</name>
    <message numerus="yes">
        <source>• %1 (%n record(s))</source>
        <translation>
            <numerusform>• %1 (%n registro)</numerusform>
            <numerusform>• %1 (%n registros)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call record(s) from the provider could not be read — set aside.</source>
        <translation>
            <numerusform>%n registro de llamada del proveedor no se pudo leer — apartado.</numerusform>
            <numerusform>%n registros de llamadas del proveedor no se pudieron leer — apartados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text message record(s) from the provider could not be read — set aside.</source>
        <translation>
            <numerusform>%n registro de SMS del proveedor no se pudo leer — apartado.</numerusform>
            <numerusform>%n registros de SMS del proveedor no se pudieron leer — apartados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every other call and text was handled as usual. If this keeps happening, tell your phone provider&apos;s support.</source>
        <translation>Todas las demás llamadas y SMS se procesaron con normalidad. Si vuelve a ocurrir, avise al soporte de su proveedor telefónico.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Cambios descartados.</translation>
    </message>
    <message>
        <source>Business (all desks)</source>
        <translation>Negocio (todos los puestos)</translation>
    </message>
    <message>
        <source>Kept in the shared database: every desk sees the same values.</source>
        <translation>Se guarda en la base de datos compartida: todos los puestos ven los mismos valores.</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>Nombre del negocio:</translation>
    </message>
    <message>
        <source>Every text starts with it, so callers know who wrote.</source>
        <translation>Cada SMS empieza con él, para que se sepa quién escribe.</translation>
    </message>
    <message>
        <source>Business numbers:</source>
        <translation>Números del negocio:</translation>
    </message>
    <message>
        <source>Calls to the ticked numbers are texted back. None ticked: every number of the account that can send texts.</source>
        <translation>Se responde por SMS a las llamadas a los números marcados. Si no hay ninguno marcado: todos los números de la cuenta que pueden enviar SMS.</translation>
    </message>
    <message>
        <source>e.g. Maria, Joe, Dave</source>
        <translation>p. ej. María, José, David</translation>
    </message>
    <message>
        <source>Staff names:</source>
        <translation>Nombres del personal:</translation>
    </message>
    <message>
        <source>Separate names with commas. Conversations can be assigned to them.</source>
        <translation>Separe los nombres con comas. Se les pueden asignar conversaciones.</translation>
    </message>
    <message>
        <source>Text-back rules (all desks)</source>
        <translation>Reglas de respuesta por SMS (todos los puestos)</translation>
    </message>
    <message>
        <source>Kept in the shared database: every desk follows them.</source>
        <translation>Se guardan en la base de datos compartida: todos los puestos las siguen.</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
    <message>
        <source>Check for new calls every:</source>
        <translation>Buscar llamadas nuevas cada:</translation>
    </message>
    <message>
        <source>Shorter means faster texts and more requests to your provider.</source>
        <translation>Menos tiempo significa SMS más rápidos y más peticiones a su proveedor.</translation>
    </message>
    <message>
        <source>Wait before texting:</source>
        <translation>Esperar antes de enviar el SMS:</translation>
    </message>
    <message>
        <source>Time to call back first: the text is cancelled if someone calls the customer meanwhile.</source>
        <translation>Tiempo para devolver antes la llamada: el SMS se cancela si alguien llama al cliente mientras tanto.</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>Text the same number at most once every:</source>
        <translation>Enviar SMS al mismo número como máximo una vez cada:</translation>
    </message>
    <message>
        <source>Several missed calls from one person get one text.</source>
        <translation>Varias llamadas perdidas de una misma persona reciben un solo SMS.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Don&apos;t text calls older than:</source>
        <translation>No enviar SMS por llamadas de hace más de:</translation>
    </message>
    <message>
        <source>Calls missed while this computer was off for longer are listed for a person to call back.</source>
        <translation>Las llamadas perdidas mientras este ordenador estuvo apagado más tiempo se listan para que alguien devuelva la llamada.</translation>
    </message>
    <message>
        <source>A cell phone&apos;s voicemail picking up a forwarded call looks like a short answered call.</source>
        <translation>Cuando el buzón de voz de un móvil recoge una llamada desviada, parece una llamada atendida corta.</translation>
    </message>
    <message>
        <source>e.g. US, CA</source>
        <translation>p. ej. US, MX</translation>
    </message>
    <message>
        <source>Text only numbers in:</source>
        <translation>Enviar SMS solo a números de:</translation>
    </message>
    <message>
        <source>Two-letter country codes, separated by commas. Empty: only your own country. This protects you from text fraud.</source>
        <translation>Códigos de país de dos letras, separados por comas. Vacío: solo su propio país. Esto le protege del fraude por SMS.</translation>
    </message>
    <message>
        <source> texts per hour</source>
        <translation> SMS por hora</translation>
    </message>
    <message>
        <source>Automatic texts at most:</source>
        <translation>Como máximo, SMS automáticos:</translation>
    </message>
    <message>
        <source>Beyond this, texts wait for someone to approve them.</source>
        <translation>Por encima de esto, los SMS esperan a que alguien los apruebe.</translation>
    </message>
    <message>
        <source>Send one follow-up when the caller has not replied</source>
        <translation>Enviar un seguimiento si no responden</translation>
    </message>
    <message>
        <source>Follow up after:</source>
        <translation>Seguimiento después de:</translation>
    </message>
    <message>
        <source>Follow-ups are only sent between 8:00 and 21:00 in the caller&apos;s time zone.</source>
        <translation>Los seguimientos solo se envían entre las 8:00 y las 21:00 en la zona horaria de la persona.</translation>
    </message>
    <message>
        <source>Phone provider</source>
        <translation>Proveedor telefónico</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Run setup again...</source>
        <translation>Volver a configurar...</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este ordenador</translation>
    </message>
    <message>
        <source>Kept on this computer only; other desks have their own.</source>
        <translation>Se guarda solo en este ordenador; los demás puestos tienen los suyos.</translation>
    </message>
    <message>
        <source>Who works at this desk:</source>
        <translation>Quién trabaja en este puesto:</translation>
    </message>
    <message>
        <source>Used for &quot;Mine&quot; in the Inbox and to show others who is replying.</source>
        <translation>Se usa para «Míos» en la bandeja de entrada y para mostrar a los demás quién está respondiendo.</translation>
    </message>
    <message>
        <source>Show a notification when a customer replies</source>
        <translation>Mostrar una notificación cuando un cliente responda</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Calls, texts and leads are kept in:</source>
        <translation>Las llamadas, los SMS y los contactos se guardan en:</translation>
    </message>
    <message>
        <source>Demo office (no real calls or texts)</source>
        <translation>Oficina de demostración (sin llamadas ni SMS reales)</translation>
    </message>
    <message>
        <source>Not set up yet</source>
        <translation>Aún sin configurar</translation>
    </message>
    <message>
        <source>Twilio, Account SID %1</source>
        <translation>Twilio, Account SID %1</translation>
    </message>
    <message>
        <source>The demo needs no token.</source>
        <translation>La demostración no necesita token.</translation>
    </message>
    <message>
        <source>Looking...</source>
        <translation>Buscando...</translation>
    </message>
    <message>
        <source>No numbers listed yet: run the setup to fetch them from your provider.</source>
        <translation>Aún no hay números: ejecute la configuración para obtenerlos de su proveedor.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Count answers shorter than this as missed:</source>
        <translation>Contar como perdidas las respuestas más cortas que:</translation>
    </message>
    <message>
        <source>Share with other desks…</source>
        <translation>Compartir con otros puestos…</translation>
    </message>
    <message>
        <source>Keep the inbox in the office&apos;s PostgreSQL database, so every desk sees the same conversations.</source>
        <translation>Guardar la bandeja en la base de datos PostgreSQL de la oficina, para que todos los puestos vean las mismas conversaciones.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>No se guardó nada: %1</translation>
    </message>
    <message>
        <source>Ringback restarts in the language you choose.</source>
        <translation>Ringback se reinicia en el idioma que elija.</translation>
    </message>
    <message>
        <source>Customers waiting for a reply (all desks)</source>
        <translation>Clientes esperando respuesta (todos los puestos)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Remind every desk after:</source>
        <translation>Avisar a todos los puestos tras:</translation>
    </message>
    <message>
        <source>During business hours, a customer who waits longer for an answer raises a notification at every desk, again every time this passes while they wait. 0: never.</source>
        <translation>En horario de atención, un cliente que espera más que esto una respuesta genera un aviso en todos los puestos, y otro cada vez que vuelve a pasar este tiempo. 0: nunca.</translation>
    </message>
    <message>
        <source>e.g. (512) 555-0147</source>
        <translation>p. ej. (512) 555-0147</translation>
    </message>
    <message>
        <source>Also text the owner at:</source>
        <translation>Avisar también por SMS al dueño en:</translation>
    </message>
    <message>
        <source>One text per waiting customer per hour at most, from the business number, while automatic texts are on. Empty: no texts.</source>
        <translation>Como mucho un SMS por cliente en espera y por hora, desde el número del negocio, mientras los SMS automáticos estén activos. Vacío: ningún SMS.</translation>
    </message>
    <message>
        <source> per minute</source>
        <translation> por minuto</translation>
    </message>
    <message>
        <source>Watch ringing calls with at most:</source>
        <translation>Vigilar las llamadas que suenan con como máximo:</translation>
    </message>
    <message>
        <source>A ringing call is checked about once a second, so its text goes out as soon as it ends. 0 turns this off: calls are then found by the regular check.</source>
        <translation>Una llamada que suena se consulta cada segundo aproximadamente, para que su SMS salga en cuanto termine. 0 lo desactiva: las llamadas se encuentran entonces en la comprobación normal.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Aún sin comprobar.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Comprobando...</translation>
    </message>
    <message>
        <source>US texting:</source>
        <translation>SMS a EE. UU.:</translation>
    </message>
    <message>
        <source>None: from the business number</source>
        <translation>Ninguno: desde el número de la empresa</translation>
    </message>
    <message>
        <source>Send texts through:</source>
        <translation>Enviar SMS mediante:</translation>
    </message>
    <message>
        <source>A Twilio messaging service sends from its registered numbers; replies still come to the business number.</source>
        <translation>Un servicio de mensajería de Twilio envía desde sus números registrados; las respuestas siguen llegando al número de la empresa.</translation>
    </message>
    <message>
        <source>Check for landlines first (about $0.008 a lookup)</source>
        <translation>Comprobar antes si es un fijo (unos 0,008 $ por consulta)</translation>
    </message>
    <message>
        <source>Twilio Lookup tells a mobile from a landline. Landlines, pagers and premium numbers are not texted; each new number is looked up once and remembered for 180 days.</source>
        <translation>Twilio Lookup distingue un móvil de un fijo. No se envían SMS a fijos, buscapersonas ni números de tarificación especial; cada número nuevo se consulta una vez y se recuerda 180 días.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>WhatsApp sender:</source>
        <translation>Remitente de WhatsApp:</translation>
    </message>
    <message>
        <source>The number your Twilio account sends WhatsApp from (the business number or another). Empty: WhatsApp is off.</source>
        <translation>El número desde el que su cuenta de Twilio envía WhatsApp (el del negocio u otro). Vacío: WhatsApp desactivado.</translation>
    </message>
    <message>
        <source>WhatsApp templates:</source>
        <translation>Plantillas de WhatsApp:</translation>
    </message>
    <message>
        <source>Text-back by:</source>
        <translation>Respuesta automática por:</translation>
    </message>
    <message>
        <source>A missed caller has no open WhatsApp window: only an approved template can go. If WhatsApp refuses it or cannot deliver it, the text-back goes by SMS.</source>
        <translation>Quien llamó sin respuesta no tiene una ventana de WhatsApp abierta: solo puede ir una plantilla aprobada. Si WhatsApp la rechaza o no la entrega, la respuesta va por SMS.</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>WhatsApp: %1</source>
        <translation>WhatsApp: %1</translation>
    </message>
    <message>
        <source>WhatsApp is off.</source>
        <translation>WhatsApp está desactivado.</translation>
    </message>
    <message>
        <source>Not listed yet.</source>
        <translation>Aún sin consultar.</translation>
    </message>
    <message>
        <source>None approved: outside the 24-hour window nothing can be sent.</source>
        <translation>Ninguna aprobada: fuera de la ventana de 24 horas no se puede enviar nada.</translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation>Aprobadas: %1</translation>
    </message>
</context>
<context>
    <name>ringback::ui::SetupWizard</name>
    <message>
        <source>Set up Ringback</source>
        <translation>Configurar Ringback</translation>
    </message>
    <message>
        <source>Welcome to Ringback</source>
        <translation>Bienvenido a Ringback</translation>
    </message>
    <message>
        <source>When a call to your business goes unanswered, Ringback texts the caller back within seconds, so the job does not go to the next company on the list. Their replies land in the Inbox, where anyone at the office can answer.

Setting up takes a few minutes: connect your phone account, pick the numbers to watch, tell Ringback your business name and opening hours, and check the first text callers will get. You can change everything later in Settings.</source>
        <translation>Cuando nadie contesta una llamada a su negocio, Ringback envía un SMS a quien llamó en segundos, para que el trabajo no se vaya a la siguiente empresa de la lista. Las respuestas llegan a la bandeja de entrada, donde cualquiera de la oficina puede contestar.

La configuración lleva unos minutos: conecte su cuenta telefónica, elija los números que vigilar, indique a Ringback el nombre y el horario de su negocio, y revise el primer SMS que recibirán quienes llamen. Puede cambiarlo todo después en Ajustes.</translation>
    </message>
    <message>
        <source>You&apos;re all set</source>
        <translation>Todo listo</translation>
    </message>
    <message>
        <source>Click Finish and Ringback starts watching your calls. It texts back missed callers while it is running, so keep it open (it can sit in the background).</source>
        <translation>Pulse Finalizar y Ringback empezará a vigilar sus llamadas. Responde por SMS a las llamadas perdidas mientras está en marcha, así que manténgalo abierto (puede quedarse en segundo plano).</translation>
    </message>
    <message>
        <source>The Auth Token could not be saved, so nothing was changed: %1</source>
        <translation>No se pudo guardar el Auth Token, así que no se cambió nada: %1</translation>
    </message>
    <message>
        <source>Where this office&apos;s calls, texts and leads are kept</source>
        <translation>Dónde se guardan las llamadas, los SMS y los contactos de esta oficina</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>Solo en este ordenador</translation>
    </message>
    <message>
        <source>Shared with other desks (the office&apos;s PostgreSQL database)</source>
        <translation>Compartidos con otros puestos (la base de datos PostgreSQL de la oficina)</translation>
    </message>
    <message>
        <source>Set up the shared database…</source>
        <translation>Configurar la base de datos compartida…</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>No se guardó nada: %1</translation>
    </message>
    <message>
        <source>The business hours could not be saved: %1</source>
        <translation>No se pudo guardar el horario del negocio: %1</translation>
    </message>
    <message>
        <source>Setup could not be marked as done: the database did not accept it.</source>
        <translation>No se pudo marcar la configuración como terminada: la base de datos no lo aceptó.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::SharedDatabaseDialog</name>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Move this desk&apos;s data there</source>
        <translation>Mover allí los datos de este puesto</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>Base de datos compartida</translation>
    </message>
    <message>
        <source>office-pc or db.example.com</source>
        <translation>pc-oficina o db.ejemplo.com</translation>
    </message>
    <message>
        <source>Encrypt when the server can (prefer)</source>
        <translation>Cifrar cuando el servidor pueda (prefer)</translation>
    </message>
    <message>
        <source>Always encrypt (require)</source>
        <translation>Cifrar siempre (require)</translation>
    </message>
    <message>
        <source>Encrypt and check the server&apos;s certificate (verify-full)</source>
        <translation>Cifrar y comprobar el certificado del servidor (verify-full)</translation>
    </message>
    <message>
        <source>Never encrypt (only on the office network)</source>
        <translation>No cifrar nunca (solo en la red de la oficina)</translation>
    </message>
    <message>
        <source>Every desk that uses the same shared database sees the same inbox. Ask whoever set up the office&apos;s database for these details.</source>
        <translation>Todos los puestos que usan la misma base de datos compartida ven la misma bandeja. Pida estos datos a quien configuró la base de datos de la oficina.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Cifrado:</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user name first.</source>
        <translation>Rellene primero el servidor, la base de datos y el usuario.</translation>
    </message>
    <message>
        <source>Connected to %1. Ringback can use this shared database.</source>
        <translation>Conectado a %1. Ringback puede usar esta base de datos compartida.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n record(s) to the shared database. This desk&apos;s own file stays as a backup.</source>
        <translation>
            <numerusform>Se movió %n registro a la base de datos compartida. El archivo propio de este puesto se conserva como copia de seguridad.</numerusform>
            <numerusform>Se movieron %n registros a la base de datos compartida. El archivo propio de este puesto se conserva como copia de seguridad.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ringback::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
</context>
<context>
    <name>ringback::ui::StartupOptionsGroup</name>
    <message>
        <source>Starting Ringback</source>
        <translation>Inicio de Ringback</translation>
    </message>
    <message>
        <source>Start Ringback when I sign in</source>
        <translation>Iniciar Ringback al iniciar sesión</translation>
    </message>
    <message>
        <source>Ringback then waits in the tray, so missed calls are texted back even before anyone opens its window.</source>
        <translation>Ringback espera entonces en la bandeja del sistema, así que las llamadas perdidas reciben su SMS incluso antes de que alguien abra la ventana.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::TemplateEditor</name>
    <message>
        <source>The business name</source>
        <translation>El nombre del negocio</translation>
    </message>
    <message>
        <source>The caller&apos;s first name (left out when unknown)</source>
        <translation>El nombre de pila de quien llama (se omite si no se conoce)</translation>
    </message>
    <message>
        <source>Your booking link</source>
        <translation>Su enlace de reservas</translation>
    </message>
    <message>
        <source>When you open next, e.g. &quot;tomorrow at 7:00 AM&quot;</source>
        <translation>Cuándo abren de nuevo, p. ej. «mañana a las 7:00»</translation>
    </message>
    <message>
        <source>The name of the person replying</source>
        <translation>El nombre de la persona que responde</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Valores de ejemplo</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation>Insertar marcador</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vista previa&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggestions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sugerencias&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Can&apos;t save yet: %1</source>
        <translation>Aún no se puede guardar: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>%1 characters · %2 · %3</source>
        <translation>%1 caracteres · %2 · %3</translation>
    </message>
    <message>
        <source>No suggestions: this message reads well.</source>
        <translation>Sin sugerencias: este mensaje se lee bien.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln text(s)</source>
        <translation>
            <numerusform>%Ln SMS</numerusform>
            <numerusform>%Ln SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>160 per text</source>
        <translation>160 por SMS</translation>
    </message>
    <message>
        <source>70 per text</source>
        <translation>70 por SMS</translation>
    </message>
    <message>
        <source>Counted on the preview, with the values filled in. A text holds 160 characters (153 each when a message is split); €, {, }, [, ], ~, \, | and ^ count as two. Emoji and some symbols make each text shorter: 70 characters (67 when split).</source>
        <translation>Contado sobre la vista previa, con los valores puestos. Un SMS admite 160 caracteres (153 cada uno si el mensaje se divide); €, {, }, [, ], ~, \, | y ^ cuentan como dos. Los emojis y algunos símbolos acortan cada SMS: 70 caracteres (67 si se divide).</translation>
    </message>
    <message>
        <source>A value filled in (such as the business name) has an emoji or a symbol that makes each text shorter (70 characters).</source>
        <translation>Un valor que se rellena (como el nombre del negocio) tiene un emoji o un símbolo que acorta cada SMS (70 caracteres).</translation>
    </message>
    <message>
        <source>Emoji and some symbols make each text shorter (70 characters instead of 160). Here: %1 (highlighted above). Plain quotes and dashes, and no emoji, keep 160.</source>
        <translation>Los emojis y algunos símbolos acortan cada SMS (70 caracteres en lugar de 160). Aquí: %1 (resaltado arriba). Con comillas y guiones sencillos, y sin emojis, se mantienen 160.</translation>
    </message>
    <message>
        <source>This character makes each text shorter (70 characters instead of 160)</source>
        <translation>Este carácter acorta cada SMS (70 caracteres en lugar de 160)</translation>
    </message>
</context>
<context>
    <name>ringback::ui::TemplatesPage</name>
    <message>
        <source>Missed call, while open</source>
        <translation>Llamada perdida, en horario</translation>
    </message>
    <message>
        <source>Missed call, after hours</source>
        <translation>Llamada perdida, fuera de horario</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Reply to HELP</source>
        <translation>Respuesta a HELP</translation>
    </message>
    <message>
        <source>Saved reply</source>
        <translation>Respuesta guardada</translation>
    </message>
    <message>
        <source>Texted within seconds to a caller nobody could answer during opening hours.</source>
        <translation>Se envía en segundos a quien llamó en horario de apertura y nadie pudo atender.</translation>
    </message>
    <message>
        <source>Texted to a caller who rang while you were closed. {next_open} says when you open again.</source>
        <translation>Se envía a quien llamó mientras estaban cerrados. {next_open} dice cuándo vuelven a abrir.</translation>
    </message>
    <message>
        <source>Sent once if the caller has not answered the first text (switch it on in Settings).</source>
        <translation>Se envía una vez si la persona no contestó al primer SMS (actívelo en Ajustes).</translation>
    </message>
    <message>
        <source>Sent when someone texts HELP or INFO. Carriers require it to name the business and say how to stop texts.</source>
        <translation>Se envía cuando alguien escribe HELP o INFO. Los operadores exigen que diga el nombre del negocio y cómo dejar de recibir SMS.</translation>
    </message>
    <message>
        <source>A ready answer the office can pick in the inbox. Every desk sees the same list.</source>
        <translation>Una respuesta lista que la oficina puede elegir en la bandeja. Todos los puestos ven la misma lista.</translation>
    </message>
    <message>
        <source>(new saved reply)</source>
        <translation>(nueva respuesta guardada)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Restore default…</source>
        <translation>Restaurar predeterminado…</translation>
    </message>
    <message>
        <source>New saved reply</source>
        <translation>Nueva respuesta guardada</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Horario del negocio</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Respuestas guardadas</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (sin guardar)</translation>
    </message>
    <message>
        <source>Changed but not saved yet: select it and press Save.</source>
        <translation>Cambiado pero aún sin guardar: selecciónelo y pulse Guardar.</translation>
    </message>
    <message>
        <source>Can&apos;t save an empty message: write something or restore the default.</source>
        <translation>No se puede guardar un mensaje vacío: escriba algo o restaure el predeterminado.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Aún sin guardar.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>The saved replies could not be stored. Check the database is reachable, then save again.</source>
        <translation>No se pudieron guardar las respuestas guardadas. Compruebe que la base de datos está accesible y vuelva a guardar.</translation>
    </message>
    <message>
        <source>Restore the default message?</source>
        <translation>¿Restaurar el mensaje predeterminado?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; goes back to Ringback&apos;s suggested text. What you wrote is replaced.</source>
        <translation>«%1» vuelve al texto sugerido por Ringback. Lo que escribió se reemplaza.</translation>
    </message>
    <message>
        <source>Restore default</source>
        <translation>Restaurar predeterminado</translation>
    </message>
    <message>
        <source>Delete this saved reply?</source>
        <translation>¿Eliminar esta respuesta guardada?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is removed from every desk&apos;s list.</source>
        <translation>«%1» se quita de la lista de todos los puestos.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Question: what they need</source>
        <translation>Pregunta: qué necesitan</translation>
    </message>
    <message>
        <source>Question: the address</source>
        <translation>Pregunta: la dirección</translation>
    </message>
    <message>
        <source>Question: when to come</source>
        <translation>Pregunta: cuándo ir</translation>
    </message>
    <message>
        <source>Question: a photo</source>
        <translation>Pregunta: una foto</translation>
    </message>
    <message>
        <source>Asked after the caller&apos;s first reply, one question at a time, only while the lead card does not know the answer. Switch the questions on in the Intake tab.</source>
        <translation>Se pregunta después de la primera respuesta de quien llamó, una pregunta a la vez, solo mientras la ficha no sepa la respuesta. Active las preguntas en la pestaña Admisión.</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Admisión</translation>
    </message>
    <message>
        <source>Intake questions</source>
        <translation>Preguntas de admisión</translation>
    </message>
</context>
<context>
    <name>ringback::ui::ThreadDelegate</name>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message numerus="yes">
        <source>View %n photo(s)</source>
        <translation>
            <numerusform>Ver %n foto</numerusform>
            <numerusform>Ver %n fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Withdraws a text scheduled to be sent later</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <extracomment>The small mark on a message sent or received by WhatsApp (the product&apos;s name)</extracomment>
        <translation>WhatsApp</translation>
    </message>
</context>
<context>
    <name>ringback::ui::ThreadHeader</name>
    <message>
        <source>Assign to me</source>
        <translation>Asignármela</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Devolver la llamada</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Marcar como no leída</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nobody has it yet</source>
        <translation>Nadie la tiene todavía</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Asignado a %1</translation>
    </message>
    <message>
        <source>Set who sits at this desk in Settings, This computer, to assign conversations to yourself.</source>
        <translation>Indique quién trabaja en este puesto en Ajustes, Este ordenador, para asignarse conversaciones.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::ThreadModel</name>
    <message>
        <source>%1, %2</source>
        <extracomment>A date and time in the thread: &quot;Mar 2, 14:02&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Enviado %1</translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation>Entregado %1</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>Leído %1</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>No entregado: %1</translation>
    </message>
    <message>
        <source>Cancelled, not sent</source>
        <translation>Cancelado, no enviado</translation>
    </message>
    <message>
        <source>Missed call %1</source>
        <extracomment>&quot;Missed call 14:02 – Not texted: a landline cannot receive texts, call them back&quot;</extracomment>
        <translation>Llamada perdida %1</translation>
    </message>
    <message>
        <source>Missed call %1 – %2</source>
        <translation>Llamada perdida %1 – %2</translation>
    </message>
    <message>
        <source>Missed call %1 – texted %2</source>
        <translation>Llamada perdida %1 – SMS enviado %2</translation>
    </message>
    <message>
        <source>Missed call %1 – text-back queued</source>
        <translation>Llamada perdida %1 – SMS en cola</translation>
    </message>
    <message>
        <source>Missed call %1 – text-back waiting for approval</source>
        <translation>Llamada perdida %1 – SMS pendiente de aprobación</translation>
    </message>
    <message>
        <source>Missed call %1 – text-back not delivered</source>
        <translation>Llamada perdida %1 – SMS no entregado</translation>
    </message>
    <message>
        <source>Missed call %1 – text-back cancelled, they were reached by phone</source>
        <translation>Llamada perdida %1 – SMS cancelado, se habló con la persona por teléfono</translation>
    </message>
    <message>
        <source>They wrote at %1: %2</source>
        <translation>Mensaje recibido, %1: %2</translation>
    </message>
    <message>
        <source>Automatic text, %1: %2</source>
        <translation>SMS automático, %1: %2</translation>
    </message>
    <message>
        <source>You wrote, %1: %2</source>
        <translation>Usted escribió, %1: %2</translation>
    </message>
    <message>
        <source>Missed call %1 – text-back cancelled, they texted back</source>
        <translation>Llamada perdida %1 – respuesta por SMS cancelada, nos escribió</translation>
    </message>
    <message>
        <source>Missed call %1 – text-back cancelled</source>
        <translation>Llamada perdida %1 – respuesta por SMS cancelada</translation>
    </message>
    <message numerus="yes">
        <source>They wrote at %1, with %n photo(s): %2</source>
        <translation>
            <numerusform>Escribieron a las %1, con %n foto: %2</numerusform>
            <numerusform>Escribieron a las %1, con %n fotos: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>When a scheduled text goes: &quot;Tue 8:00&quot; (short day name, time)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <extracomment>Under a text someone chose to send later: &quot;Scheduled for Tue 8:00&quot;</extracomment>
        <translation>Programado para %1</translation>
    </message>
    <message numerus="yes">
        <source>They wrote on WhatsApp at %1, with %n photo(s): %2</source>
        <translation>
            <numerusform>Escribieron por WhatsApp a las %1, con %n foto: %2</numerusform>
            <numerusform>Escribieron por WhatsApp a las %1, con %n fotos: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>They wrote on WhatsApp at %1: %2</source>
        <translation>Mensaje de WhatsApp recibido, %1: %2</translation>
    </message>
</context>
<context>
    <name>ringback::ui::ThreadView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
</context>
<context>
    <name>ringback::ui::TimeRangeListEdit</name>
    <message>
        <source>Add hours</source>
        <translation>Añadir horas</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Abre</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Cierra</translation>
    </message>
    <message>
        <source>0:00 means midnight at the end of the day</source>
        <translation>0:00 significa medianoche al final del día</translation>
    </message>
    <message>
        <source>Remove these hours</source>
        <translation>Quitar estas horas</translation>
    </message>
</context>
<context>
    <name>ringback::ui::TimeZonePicker</name>
    <message>
        <source>Type a city, e.g. Chicago</source>
        <translation>Escriba una ciudad, p. ej. Chicago</translation>
    </message>
    <message>
        <source>Pick the time zone the business is in: type part of a city&apos;s name, e.g. Chicago. Until then the hours stay in %1.</source>
        <translation>Elija la zona horaria del negocio: escriba parte del nombre de una ciudad, p. ej. Chicago. Mientras tanto, el horario sigue en %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; fits several time zones: type the city and pick it from the list. Until then the hours stay in %2.</source>
        <translation>«%1» corresponde a varias zonas horarias: escriba la ciudad y elíjala en la lista. Mientras tanto, el horario sigue en %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone: type part of a city&apos;s name and pick it from the list. Until then the hours stay in %2.</source>
        <translation>«%1» no es una zona horaria: escriba parte del nombre de una ciudad y elíjala en la lista. Mientras tanto, el horario sigue en %2.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::TrayIcon</name>
    <message>
        <source>Open Ringback</source>
        <translation>Abrir Ringback</translation>
    </message>
    <message>
        <source>Quit Ringback</source>
        <translation>Salir de Ringback</translation>
    </message>
    <message>
        <source>Ringback is still running</source>
        <translation>Ringback sigue funcionando</translation>
    </message>
    <message>
        <source>Missed callers are still texted back. To stop Ringback, choose Quit from this icon&apos;s menu.</source>
        <translation>Las llamadas perdidas siguen recibiendo su SMS. Para detener Ringback, elija Salir en el menú de este icono.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::WaitingReminder</name>
    <message>
        <source>%1 has waited %2 for a reply</source>
        <translation>%1 lleva %2 esperando respuesta</translation>
    </message>
    <message numerus="yes">
        <source>%n customers waiting over %1 min</source>
        <extracomment>A desktop notification: &quot;3 customers waiting over 10 min&quot;, then &quot;Longest: (512) 555-0147, 14 min&quot;</extracomment>
        <translation>
            <numerusform>%n cliente esperando más de %1 min</numerusform>
            <numerusform>%n clientes esperando más de %1 min</numerusform>
        </translation>
    </message>
    <message>
        <source>Longest: %1, %2</source>
        <translation>Más antiguo: %1, %2</translation>
    </message>
</context>
<context>
    <name>ringback::ui::WhoIsTextingLabel</name>
    <message>
        <source>Nobody is texting!</source>
        <translation>¡Nadie está enviando SMS!</translation>
    </message>
    <message>
        <source>This PC is texting</source>
        <translation>Este equipo envía los SMS</translation>
    </message>
    <message numerus="yes">
        <source>Texting from the always-on worker on %1 (last seen %n s ago)</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>SMS desde el servicio siempre activo en %1 (visto hace %n s)</numerusform>
            <numerusform>SMS desde el servicio siempre activo en %1 (visto hace %n s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Texting from %1 (last seen %n s ago)</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>SMS desde %1 (visto hace %n s)</numerusform>
            <numerusform>SMS desde %1 (visto hace %n s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Texting from the always-on worker on %1 (last seen %n min ago)</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>SMS desde el servicio siempre activo en %1 (visto hace %n min)</numerusform>
            <numerusform>SMS desde el servicio siempre activo en %1 (visto hace %n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Texting from %1 (last seen %n min ago)</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>SMS desde %1 (visto hace %n min)</numerusform>
            <numerusform>SMS desde %1 (visto hace %n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>No Ringback has texted missed callers back since %1.</source>
        <translation>Ningún Ringback ha respondido por SMS a las llamadas perdidas desde %1.</translation>
    </message>
    <message>
        <source>No Ringback is texting missed callers back.</source>
        <translation>Ningún Ringback está respondiendo por SMS a las llamadas perdidas.</translation>
    </message>
    <message>
        <source>Keep a desk open in the tray, or run the always-on worker on a machine that stays on.</source>
        <translation>Deje un puesto abierto en la bandeja, o ponga el servicio siempre activo en un equipo que quede encendido.</translation>
    </message>
</context>
</TS>
