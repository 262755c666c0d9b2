<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>Use the database file &lt;path&gt; instead of the one in your data folder.</source>
        <translation>Usar el archivo de base de datos &lt;path&gt; en lugar del de su carpeta de datos.</translation>
    </message>
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
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Ringback cannot start</source>
        <translation>Ringback no puede iniciarse</translation>
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
</context>
<context>
    <name>ringback</name>
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
    <name>ringback::AutomationState</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Auto text-back is starting…</source>
        <translation>La respuesta automática por SMS se está iniciando…</translation>
    </message>
    <message>
        <source>Auto text-back is live. Last checked %1, %n text(s) queued.</source>
        <translation>La respuesta automática por SMS está activa. Última comprobación: %1; %n SMS en cola.</translation>
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
        <source>The carrier reported the number cannot receive texts (30006)</source>
        <translation>El operador indicó que el número no puede recibir SMS (30006)</translation>
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
</context>
<context>
    <name>ringback::app</name>
    <message>
        <source>Stopping: finishing the text in flight.</source>
        <translation>Deteniendo: terminando el SMS en curso.</translation>
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
</context>
<context>
    <name>ringback::app::ProviderConnection</name>
    <message>
        <source>The provider address &quot;%1&quot; is not a web address such as https://api.twilio.com.</source>
        <translation>La dirección del proveedor «%1» no es una dirección web como https://api.twilio.com.</translation>
    </message>
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
        <source>Times are in the time zone %1. Split shifts, holidays and other closures can be set later in Settings.</source>
        <translation>Las horas están en la zona horaria %1. El horario partido, los festivos y otros cierres se pueden configurar después en Ajustes.</translation>
    </message>
    <message>
        <source>Enter the business name: every text starts with it.</source>
        <translation>Escriba el nombre del negocio: cada SMS empieza con él.</translation>
    </message>
    <message>
        <source>On %1 the closing time must be after the opening time.</source>
        <translation>El %1 la hora de cierre debe ser posterior a la de apertura.</translation>
    </message>
    <message>
        <source>Tick at least one day the business is open.</source>
        <translation>Marque al menos un día en que el negocio abra.</translation>
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
</context>
<context>
    <name>ringback::ui::CallsPage</name>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Every call to the business, and whether Ringback texted the caller back.</source>
        <translation>Todas las llamadas al negocio, y si Ringback respondió por SMS.</translation>
    </message>
    <message>
        <source>Call log</source>
        <translation>Registro de llamadas</translation>
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
        <source>Auto-text: %1</source>
        <translation>SMS automático: %1</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Usted: %1</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>%1%2 — %3
%4</source>
        <translation>%1%2 — %3
%4</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>ringback::ui::InboxPage</name>
    <message>
        <source>No conversations yet</source>
        <translation>Aún no hay conversaciones</translation>
    </message>
    <message>
        <source>When someone calls and nobody picks up, Ringback texts them back. Their replies appear here, one conversation per caller.</source>
        <translation>Cuando alguien llama y nadie contesta, Ringback le envía un SMS. Sus respuestas aparecen aquí, una conversación por persona.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
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
        <source>Takes effect the next time Ringback starts.</source>
        <translation>Se aplica la próxima vez que se inicie Ringback.</translation>
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
        <source>Enter the business name: every text starts with it.</source>
        <translation>Escriba el nombre del negocio: cada SMS empieza con él.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code such as US or CA.</source>
        <translation>«%1» no es un código de país de dos letras como US o MX.</translation>
    </message>
    <message>
        <source>The follow-up would come before the first text: make the follow-up delay longer.</source>
        <translation>El seguimiento llegaría antes que el primer SMS: alargue el tiempo de seguimiento.</translation>
    </message>
    <message>
        <source>Some settings could not be saved: the database did not accept them. Check that the database is reachable and try again.</source>
        <translation>Algunos ajustes no se pudieron guardar: la base de datos no los aceptó. Compruebe que la base de datos está accesible e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Count answers shorter than this as missed:</source>
        <translation>Contar como perdidas las respuestas más cortas que:</translation>
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
</context>
</TS>
