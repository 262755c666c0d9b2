<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>Use the database file &lt;path&gt; instead of the one in your data folder.</source>
        <translation>Utiliser le fichier de base de données &lt;path&gt; au lieu de celui de votre dossier de données.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Run with demo data and a simulated phone provider; no account needed.</source>
        <translation>Lancer avec des données de démonstration et un opérateur téléphonique simulé ; aucun compte nécessaire.</translation>
    </message>
    <message>
        <source>Check the phone provider account: print its name and numbers, or what is wrong, and exit.</source>
        <translation>Vérifier le compte de l&apos;opérateur téléphonique : afficher son nom et ses numéros, ou ce qui ne va pas, puis quitter.</translation>
    </message>
    <message>
        <source>The phone provider to check: twilio (the default).</source>
        <translation>L&apos;opérateur téléphonique à vérifier : twilio (par défaut).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>The provider&apos;s API address, for a Twilio-compatible service (default: https://api.twilio.com).</source>
        <translation>L&apos;adresse de l&apos;API de l&apos;opérateur, pour un service compatible avec Twilio (par défaut : https://api.twilio.com).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Run only the text-back automation, without a window (for an always-on computer). Stops cleanly on Ctrl+C.</source>
        <translation>N&apos;exécuter que la réponse automatique par SMS, sans fenêtre (pour un ordinateur toujours allumé). S&apos;arrête proprement avec Ctrl+C.</translation>
    </message>
    <message>
        <source>With --headless: stop after &lt;seconds&gt; (for scripts and tests).</source>
        <translation>Avec --headless : s&apos;arrêter après &lt;seconds&gt; secondes (pour les scripts et les tests).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Write every setting (no passwords or tokens) to the JSON file &lt;file&gt; and exit.</source>
        <translation>Écrire tous les réglages (sans mots de passe ni jetons) dans le fichier JSON &lt;file&gt; puis quitter.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Read settings from the JSON file &lt;file&gt; (made with --export-settings) and exit.</source>
        <translation>Lire les réglages depuis le fichier JSON &lt;file&gt; (créé avec --export-settings) puis quitter.</translation>
    </message>
    <message>
        <source>Ringback texts back the callers your office missed.</source>
        <translation>Ringback envoie un SMS aux personnes dont votre bureau a manqué l&apos;appel.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Ringback cannot start</source>
        <translation>Ringback ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>TwilioCredentialSource</name>
    <message>
        <source>No Twilio credentials were found. Set RINGBACK_TWILIO_ACCOUNT_SID and RINGBACK_TWILIO_AUTH_TOKEN, or enter them in Settings.</source>
        <translation>Aucun identifiant Twilio n&apos;a été trouvé. Définissez RINGBACK_TWILIO_ACCOUNT_SID et RINGBACK_TWILIO_AUTH_TOKEN, ou saisissez-les dans les Réglages.</translation>
    </message>
</context>
<context>
    <name>TwilioErrorMapper</name>
    <message>
        <source>Twilio refused the Account SID or Auth Token. Check them in Settings.</source>
        <translation>Twilio a refusé l&apos;Account SID ou l&apos;Auth Token. Vérifiez-les dans les Réglages.</translation>
    </message>
    <message>
        <source>Twilio does not allow this account to do that. Check the account&apos;s permissions in the Twilio Console.</source>
        <translation>Twilio n&apos;autorise pas ce compte à faire cela. Vérifiez les autorisations du compte dans la console Twilio.</translation>
    </message>
    <message>
        <source>Twilio does not know that account or record. Check the Account SID and the provider address in Settings.</source>
        <translation>Twilio ne connaît pas ce compte ou cet enregistrement. Vérifiez l&apos;Account SID et l&apos;adresse de l&apos;opérateur dans les Réglages.</translation>
    </message>
    <message>
        <source>This person has opted out of texts from your number, so Twilio will not deliver them.</source>
        <translation>Cette personne s&apos;est désinscrite des SMS de votre numéro, Twilio ne les lui remettra donc pas.</translation>
    </message>
    <message>
        <source>Twilio says this phone number is not valid or cannot receive texts.</source>
        <translation>Selon Twilio, ce numéro de téléphone n&apos;est pas valide ou ne peut pas recevoir de SMS.</translation>
    </message>
    <message>
        <source>Your Twilio account may not text this country. Allow it in the Twilio Console under Messaging Geographic Permissions.</source>
        <translation>Votre compte Twilio ne peut pas envoyer de SMS vers ce pays. Autorisez-le dans la console Twilio, sous Messaging Geographic Permissions.</translation>
    </message>
    <message numerus="yes">
        <source>Twilio asked Ringback to slow down, so it will try again in %n second(s).</source>
        <translation>
            <numerusform>Twilio a demandé à Ringback de ralentir ; nouvel essai dans %n seconde.</numerusform>
            <numerusform>Twilio a demandé à Ringback de ralentir ; nouvel essai dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Twilio asked Ringback to slow down, so it will try again shortly.</source>
        <translation>Twilio a demandé à Ringback de ralentir ; nouvel essai sous peu.</translation>
    </message>
    <message>
        <source>Twilio is having trouble right now (HTTP %1), so Ringback will try again.</source>
        <translation>Twilio rencontre des difficultés en ce moment (HTTP %1) ; Ringback va réessayer.</translation>
    </message>
    <message>
        <source>Twilio refused the request (HTTP %1).</source>
        <translation>Twilio a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>Twilio refused the request (error %1): %2</source>
        <translation>Twilio a refusé la requête (erreur %1) : %2</translation>
    </message>
    <message>
        <source>The answer from %1 was not what the Twilio API sends. Check the provider address in Settings.</source>
        <translation>La réponse de %1 n&apos;est pas celle qu&apos;envoie l&apos;API Twilio. Vérifiez l&apos;adresse de l&apos;opérateur dans les Réglages.</translation>
    </message>
    <message>
        <source>%1 did not answer in time, so Ringback will try again.</source>
        <translation>%1 n&apos;a pas répondu à temps ; Ringback va réessayer.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be trusted, so Ringback sent nothing. Check the computer&apos;s date and the provider address.</source>
        <translation>La connexion sécurisée avec %1 n&apos;est pas digne de confiance, Ringback n&apos;a donc rien envoyé. Vérifiez la date de l&apos;ordinateur et l&apos;adresse de l&apos;opérateur.</translation>
    </message>
    <message>
        <source>Ringback cannot find %1. Check the internet connection and the provider address.</source>
        <translation>Ringback ne trouve pas %1. Vérifiez la connexion internet et l&apos;adresse de l&apos;opérateur.</translation>
    </message>
    <message>
        <source>Ringback cannot reach %1. Check the internet connection.</source>
        <translation>Ringback ne parvient pas à joindre %1. Vérifiez la connexion internet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s), so Ringback will try again.</source>
        <translation>
            <numerusform>%1 n&apos;a pas répondu en %n seconde ; Ringback va réessayer.</numerusform>
            <numerusform>%1 n&apos;a pas répondu en %n secondes ; Ringback va réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer from %1 was larger than %2 MB, so Ringback stopped reading it.</source>
        <translation>La réponse de %1 dépassait %2 Mo, Ringback a donc cessé de la lire.</translation>
    </message>
</context>
<context>
    <name>ringback</name>
    <message>
        <source>Another program is holding the database %1 locked. Close any other copy of Ringback (or the program that has the file open) and try again.</source>
        <translation>Un autre programme verrouille la base de données %1. Fermez toute autre copie de Ringback (ou le programme qui a ouvert le fichier) et réessayez.</translation>
    </message>
    <message>
        <source>Ringback cannot save to the database %1 because it is read-only. Check the permissions of the file and its folder, or start Ringback with --db and a file in a folder you can write to.</source>
        <translation>Ringback ne peut pas enregistrer dans la base de données %1 car elle est en lecture seule. Vérifiez les autorisations du fichier et de son dossier, ou lancez Ringback avec --db et un fichier dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a database, so Ringback has not opened or changed it. Restore it from a backup, or move it to another folder and start Ringback again to begin with a new one.</source>
        <translation>La base de données %1 est endommagée ou n&apos;est pas une base de données : Ringback ne l&apos;a ni ouverte ni modifiée. Restaurez-la depuis une sauvegarde, ou déplacez-la dans un autre dossier et relancez Ringback pour repartir d&apos;une nouvelle.</translation>
    </message>
    <message>
        <source>The disk that holds the database %1 is full, so the last change was not saved. Free some space and try again; nothing saved before has been lost.</source>
        <translation>Le disque qui contient la base de données %1 est plein, la dernière modification n&apos;a donc pas été enregistrée. Libérez de l&apos;espace et réessayez ; rien de ce qui était enregistré n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>Ringback cannot open the database %1. Check that its folder exists and that you may write to it (for a shared database: that the server is running and the user name and password are right).</source>
        <translation>Ringback ne peut pas ouvrir la base de données %1. Vérifiez que son dossier existe et que vous pouvez y écrire (pour une base partagée : que le serveur fonctionne et que le nom d&apos;utilisateur et le mot de passe sont corrects).</translation>
    </message>
    <message>
        <source>The database %1 refused a change that would have duplicated or orphaned a record.</source>
        <translation>La base de données %1 a refusé une modification qui aurait dupliqué ou orphelin un enregistrement.</translation>
    </message>
    <message>
        <source>The database %1 reported an error. Ringback has kept what was saved before; if this keeps happening, restart Ringback.</source>
        <translation>La base de données %1 a signalé une erreur. Ringback a conservé ce qui était enregistré ; si cela se reproduit, redémarrez Ringback.</translation>
    </message>
    <message>
        <source>non-breaking space</source>
        <translation>espace insécable</translation>
    </message>
    <message>
        <source>narrow space</source>
        <translation>espace fine</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
</context>
<context>
    <name>ringback::AutomationState</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Auto text-back is starting…</source>
        <translation>La réponse automatique par SMS démarre…</translation>
    </message>
    <message>
        <source>Auto text-back is live. Last checked %1, %n text(s) queued.</source>
        <translation>La réponse automatique par SMS est active. Dernière vérification : %1 ; %n SMS en attente.</translation>
    </message>
    <message>
        <source>Auto text-back is paused: missed callers are not being texted. Last checked %1.</source>
        <translation>La réponse automatique par SMS est en pause : les appels manqués ne reçoivent pas de SMS. Dernière vérification : %1.</translation>
    </message>
    <message>
        <source>Auto text-back runs on %1; this desk shows the shared inbox.</source>
        <translation>La réponse automatique par SMS tourne sur %1 ; ce poste affiche la boîte de réception partagée.</translation>
    </message>
    <message>
        <source>Auto text-back has a problem: %1</source>
        <translation>La réponse automatique par SMS rencontre un problème : %1</translation>
    </message>
    <message>
        <source>Auto text-back is offline: %1 Retrying; last checked %2.</source>
        <translation>La réponse automatique par SMS est hors ligne : %1 Nouvel essai en cours ; dernière vérification : %2.</translation>
    </message>
    <message>
        <source>Auto text-back is stopped.</source>
        <translation>La réponse automatique par SMS est arrêtée.</translation>
    </message>
</context>
<context>
    <name>ringback::CallClassification</name>
    <message>
        <source>Call still in progress</source>
        <translation>Appel toujours en cours</translation>
    </message>
    <message>
        <source>Not a call to the business</source>
        <translation>Pas un appel vers l&apos;entreprise</translation>
    </message>
    <message>
        <source>Answered call</source>
        <translation>Appel décroché</translation>
    </message>
    <message>
        <source>Missed call: nobody answered</source>
        <translation>Appel manqué : personne n&apos;a répondu</translation>
    </message>
    <message>
        <source>Missed call: the line was busy</source>
        <translation>Appel manqué : la ligne était occupée</translation>
    </message>
    <message>
        <source>Missed call: the caller hung up while it rang</source>
        <translation>Appel manqué : l&apos;appelant a raccroché pendant la sonnerie</translation>
    </message>
    <message>
        <source>Missed call: the call failed to connect</source>
        <translation>Appel manqué : l&apos;appel n&apos;a pas abouti</translation>
    </message>
    <message>
        <source>Missed call: forwarded, but nobody picked up</source>
        <translation>Appel manqué : transféré, mais personne n&apos;a décroché</translation>
    </message>
    <message>
        <source>Missed call: only a cell phone&apos;s voicemail picked up</source>
        <translation>Appel manqué : seule la messagerie d&apos;un portable a répondu</translation>
    </message>
    <message>
        <source>Missed call: the caller hung up during the greeting</source>
        <translation>Appel manqué : l&apos;appelant a raccroché pendant l&apos;annonce</translation>
    </message>
    <message>
        <source>Missed call: the voicemail or greeting took it</source>
        <translation>Appel manqué : pris par la messagerie ou l&apos;annonce</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>Appel manqué</translation>
    </message>
</context>
<context>
    <name>ringback::CredentialChooser</name>
    <message>
        <source>Saved in the system keychain</source>
        <translation>Enregistré dans le trousseau du système</translation>
    </message>
    <message>
        <source>Saved in a file only you can read: %1</source>
        <translation>Enregistré dans un fichier que vous seul pouvez lire : %1</translation>
    </message>
    <message>
        <source>From environment variables</source>
        <translation>Depuis les variables d&apos;environnement</translation>
    </message>
    <message>
        <source>Not saved on this computer yet</source>
        <translation>Pas encore enregistré sur cet ordinateur</translation>
    </message>
    <message>
        <source>%1, or %2</source>
        <translation>%1, ou %2</translation>
    </message>
    <message>
        <source>This computer has no keychain Ringback can use. Run setup again and allow Ringback to keep the token in a file only you can read, or set the credentials in environment variables.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau utilisable par Ringback. Relancez la configuration et autorisez Ringback à garder le jeton dans un fichier que vous seul pouvez lire, ou définissez les identifiants dans des variables d&apos;environnement.</translation>
    </message>
</context>
<context>
    <name>ringback::CredentialFileStore</name>
    <message>
        <source>a file only you can read (%1)</source>
        <translation>un fichier que vous seul pouvez lire (%1)</translation>
    </message>
    <message>
        <source>The credentials file %1 can be read by other people on this computer, so Ringback will not use it. Change the token at your provider, delete the file and enter the new token in Ringback&apos;s setup.</source>
        <translation>D&apos;autres personnes sur cet ordinateur peuvent lire le fichier d&apos;identifiants %1, Ringback ne l&apos;utilisera donc pas. Changez le jeton chez votre opérateur, supprimez le fichier et saisissez le nouveau jeton dans la configuration de Ringback.</translation>
    </message>
    <message>
        <source>Ringback could not open the credentials file %1: %2</source>
        <translation>Ringback n&apos;a pas pu ouvrir le fichier d&apos;identifiants %1 : %2</translation>
    </message>
    <message>
        <source>The credentials file %1 is damaged. Delete it and enter the token again in Ringback&apos;s setup.</source>
        <translation>Le fichier d&apos;identifiants %1 est endommagé. Supprimez-le et saisissez à nouveau le jeton dans la configuration de Ringback.</translation>
    </message>
    <message>
        <source>Ringback could not create the folder %1 for its credentials file.</source>
        <translation>Ringback n&apos;a pas pu créer le dossier %1 pour son fichier d&apos;identifiants.</translation>
    </message>
    <message>
        <source>Ringback could not write the credentials file %1: %2</source>
        <translation>Ringback n&apos;a pas pu écrire le fichier d&apos;identifiants %1 : %2</translation>
    </message>
    <message>
        <source>Nothing is saved in the credentials file under that name.</source>
        <translation>Rien n&apos;est enregistré sous ce nom dans le fichier d&apos;identifiants.</translation>
    </message>
</context>
<context>
    <name>ringback::Database</name>
    <message>
        <source>The Qt database driver %1 is not installed. Reinstall Ringback.</source>
        <translation>Le pilote de base de données Qt %1 n&apos;est pas installé. Réinstallez Ringback.</translation>
    </message>
    <message>
        <source>The database %1 was saved by a newer version of Ringback (data version %2; this version understands up to %3). It has not been changed. Install the newer Ringback, or start this one with --db and another file.</source>
        <translation>La base de données %1 a été enregistrée par une version plus récente de Ringback (version de données %2 ; cette version comprend jusqu&apos;à la %3). Elle n&apos;a pas été modifiée. Installez le Ringback plus récent, ou lancez celui-ci avec --db et un autre fichier.</translation>
    </message>
    <message>
        <source>The database %1 belongs to another program (it has tables Ringback did not create), so Ringback has not changed it. Start Ringback with --db and a new file name.</source>
        <translation>La base de données %1 appartient à un autre programme (elle contient des tables que Ringback n&apos;a pas créées), Ringback ne l&apos;a donc pas modifiée. Lancez Ringback avec --db et un nouveau nom de fichier.</translation>
    </message>
</context>
<context>
    <name>ringback::KeychainCredentialStore</name>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Gestionnaire d&apos;identification Windows</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>Trousseau macOS</translation>
    </message>
    <message>
        <source>Secret Service (GNOME Keyring or KWallet)</source>
        <translation>Secret Service (GNOME Keyring ou KWallet)</translation>
    </message>
    <message>
        <source>Nothing is saved in the keychain under that name.</source>
        <translation>Rien n&apos;est enregistré sous ce nom dans le trousseau.</translation>
    </message>
    <message>
        <source>The keychain refused to give Ringback the saved password.</source>
        <translation>Le trousseau a refusé de donner à Ringback le mot de passe enregistré.</translation>
    </message>
    <message>
        <source>This computer has no keychain Ringback can use. On Linux, install and unlock a Secret Service such as GNOME Keyring, or set the credentials in environment variables.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau utilisable par Ringback. Sous Linux, installez et déverrouillez un Secret Service comme GNOME Keyring, ou définissez les identifiants dans des variables d&apos;environnement.</translation>
    </message>
    <message>
        <source>The keychain could not be used: %1</source>
        <translation>Le trousseau n&apos;a pas pu être utilisé : %1</translation>
    </message>
</context>
<context>
    <name>ringback::LeadStore</name>
    <message>
        <source>This lead no longer exists in the database %1.</source>
        <translation>Ce prospect n&apos;existe plus dans la base de données %1.</translation>
    </message>
    <message>
        <source>Someone else changed this lead while you were editing it. Their version is shown now; make your change again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ce prospect pendant que vous le modifiiez. Sa version est affichée ; refaites votre modification.</translation>
    </message>
</context>
<context>
    <name>ringback::MessageIngestor</name>
    <message>
        <source>Opted out of texts (replied %1)</source>
        <translation>Désinscrit des SMS (a répondu %1)</translation>
    </message>
    <message>
        <source>Opted back in to texts</source>
        <translation>S&apos;est réinscrit aux SMS</translation>
    </message>
    <message>
        <source>Replied by text</source>
        <translation>A répondu par SMS</translation>
    </message>
    <message>
        <source>The carrier reported the number cannot receive texts (30006)</source>
        <translation>L&apos;opérateur a signalé que le numéro ne peut pas recevoir de SMS (30006)</translation>
    </message>
    <message>
        <source>Text not delivered: %1 (error %2)</source>
        <translation>SMS non remis : %1 (erreur %2)</translation>
    </message>
</context>
<context>
    <name>ringback::OutboxSender</name>
    <message>
        <source>Not sent: the caller opted out</source>
        <translation>Non envoyé : l&apos;appelant s&apos;est désinscrit</translation>
    </message>
    <message>
        <source>Texted back</source>
        <translation>SMS envoyé</translation>
    </message>
    <message>
        <source>Follow-up text sent</source>
        <translation>SMS de relance envoyé</translation>
    </message>
    <message>
        <source>Help reply sent</source>
        <translation>Réponse d&apos;aide envoyée</translation>
    </message>
    <message>
        <source>Reply sent</source>
        <translation>Réponse envoyée</translation>
    </message>
    <message>
        <source>Not delivered: %1 (provider error %2)</source>
        <translation>Non remis : %1 (erreur de l&apos;opérateur %2)</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>Non remis : %1</translation>
    </message>
</context>
<context>
    <name>ringback::PhoneNumberService</name>
    <message>
        <source>unknown type</source>
        <translation>type inconnu</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>portable</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>fixe</translation>
    </message>
    <message>
        <source>mobile or landline</source>
        <translation>portable ou fixe</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>numéro gratuit</translation>
    </message>
    <message>
        <source>premium rate</source>
        <translation>numéro surtaxé</translation>
    </message>
    <message>
        <source>shared cost</source>
        <translation>coût partagé</translation>
    </message>
    <message>
        <source>internet phone (VoIP)</source>
        <translation>téléphone par internet (VoIP)</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>numéro personnel</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>bipeur</translation>
    </message>
    <message>
        <source>company number</source>
        <translation>numéro d&apos;entreprise</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>messagerie vocale</translation>
    </message>
</context>
<context>
    <name>ringback::PolicyDecision</name>
    <message>
        <source>Texted back with the after-hours message</source>
        <translation>SMS envoyé avec le message hors horaires</translation>
    </message>
    <message>
        <source>Texted back</source>
        <translation>SMS envoyé</translation>
    </message>
    <message>
        <source>Not texted: missed before Ringback started</source>
        <translation>Pas de SMS : manqué avant le démarrage de Ringback</translation>
    </message>
    <message>
        <source>Not texted: the caller ID was withheld</source>
        <translation>Pas de SMS : le numéro était masqué</translation>
    </message>
    <message>
        <source>Not texted: the caller ID is not a valid phone number</source>
        <translation>Pas de SMS : l&apos;identifiant de l&apos;appelant n&apos;est pas un numéro valide</translation>
    </message>
    <message>
        <source>Not texted: the call came from one of the business&apos;s own numbers</source>
        <translation>Pas de SMS : l&apos;appel venait d&apos;un des numéros de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Not texted: the number is blocked</source>
        <translation>Pas de SMS : le numéro est bloqué</translation>
    </message>
    <message>
        <source>Not texted: the caller opted out of texts</source>
        <translation>Pas de SMS : l&apos;appelant s&apos;est désinscrit des SMS</translation>
    </message>
    <message>
        <source>Not texted: a landline cannot receive texts, call them back</source>
        <translation>Pas de SMS : un fixe ne peut pas recevoir de SMS, rappelez</translation>
    </message>
    <message>
        <source>Not texted: earlier texts to this number could not be delivered, call them back</source>
        <translation>Pas de SMS : les SMS précédents vers ce numéro n&apos;ont pas pu être remis, rappelez</translation>
    </message>
    <message>
        <source>Not texted: texts to this country are not allowed in Settings</source>
        <translation>Pas de SMS : les SMS vers ce pays ne sont pas autorisés dans les Réglages</translation>
    </message>
    <message>
        <source>Not texted: auto text-back was paused</source>
        <translation>Pas de SMS : la réponse automatique était en pause</translation>
    </message>
    <message>
        <source>Not texted: missed while Ringback was offline, follow up by hand</source>
        <translation>Pas de SMS : manqué pendant que Ringback était hors ligne, relancez à la main</translation>
    </message>
    <message>
        <source>Not texted: the caller was reached by phone since</source>
        <translation>Pas de SMS : l&apos;appelant a été joint par téléphone depuis</translation>
    </message>
    <message>
        <source>Not texted: this caller was already texted recently</source>
        <translation>Pas de SMS : cet appelant a déjà reçu un SMS récemment</translation>
    </message>
    <message>
        <source>Held for approval: more automatic texts than the hourly limit</source>
        <translation>En attente d&apos;approbation : plus de SMS automatiques que la limite horaire</translation>
    </message>
    <message>
        <source>Not texted</source>
        <translation>Pas de SMS</translation>
    </message>
</context>
<context>
    <name>ringback::SimulatorProvider</name>
    <message>
        <source>The phone provider is busy; trying again shortly.</source>
        <translation>L&apos;opérateur téléphonique est occupé ; nouvel essai sous peu.</translation>
    </message>
    <message>
        <source>The phone provider cannot be reached. Check the internet connection.</source>
        <translation>L&apos;opérateur téléphonique est injoignable. Vérifiez la connexion internet.</translation>
    </message>
    <message>
        <source>The phone provider did not answer in time.</source>
        <translation>L&apos;opérateur téléphonique n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The phone provider had an internal error; trying again shortly.</source>
        <translation>L&apos;opérateur téléphonique a eu une erreur interne ; nouvel essai sous peu.</translation>
    </message>
    <message>
        <source>Demo: %1</source>
        <translation>Démo : %1</translation>
    </message>
    <message>
        <source>Main line</source>
        <translation>Ligne principale</translation>
    </message>
    <message>
        <source>Emergency line</source>
        <translation>Ligne d&apos;urgence</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>The number to send from is not one of this account&apos;s text-capable numbers.</source>
        <translation>Le numéro d&apos;envoi ne fait pas partie des numéros de ce compte capables d&apos;envoyer des SMS.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>The number to text is not a valid phone number.</source>
        <translation>Le numéro destinataire n&apos;est pas un numéro de téléphone valide.</translation>
    </message>
    <message>
        <source>This person replied STOP: they do not want texts from this number until they reply START.</source>
        <translation>Cette personne a répondu STOP : elle ne veut plus de SMS de ce numéro tant qu&apos;elle n&apos;a pas répondu START.</translation>
    </message>
    <message>
        <source>The phone provider has no such message.</source>
        <translation>L&apos;opérateur téléphonique n&apos;a pas ce message.</translation>
    </message>
</context>
<context>
    <name>ringback::TemplateDefaults</name>
    <message>
        <source>Hi, this is {business}. Sorry we missed your call - what can we help you with?</source>
        <translation>Bonjour, ici {business}. Désolés d&apos;avoir manqué votre appel - que pouvons-nous faire pour vous ?</translation>
    </message>
    <message>
        <source>Hi, this is {business}. Sorry we missed your call - we&apos;re closed until {next_open}. What can we help with?</source>
        <translation>Bonjour, ici {business}. Désolés d&apos;avoir manqué votre appel - nous sommes fermés jusqu&apos;à {next_open}. Que pouvons-nous faire pour vous ?</translation>
    </message>
    <message>
        <source>Hi {first_name}, {business} here again, following up on your call. What can we do for you?</source>
        <translation>Bonjour {first_name}, ici {business} à nouveau, suite à votre appel. Que pouvons-nous faire pour vous ?</translation>
    </message>
    <message>
        <source>{business}: we text back calls we missed. Reply here to reach us. Reply STOP to opt out.</source>
        <translation>{business} : nous rappelons par SMS les appels manqués. Répondez à ce message pour nous joindre. Répondez STOP pour vous désinscrire.</translation>
    </message>
</context>
<context>
    <name>ringback::TemplateLinter</name>
    <message>
        <source>Say who is texting: add {business}. People ignore texts from numbers they do not recognise.</source>
        <translation>Dites qui écrit : ajoutez {business}. Les gens ignorent les SMS de numéros qu&apos;ils ne reconnaissent pas.</translation>
    </message>
    <message>
        <source>Say that you missed their call (&quot;Sorry we missed your call&quot;), so the caller knows why you are texting.</source>
        <translation>Dites que vous avez manqué son appel (« Désolés d&apos;avoir manqué votre appel »), pour que l&apos;appelant sache pourquoi vous écrivez.</translation>
    </message>
    <message>
        <source>End with a question the caller can answer in their own words, such as &quot;What can we help you with?&quot;. Questions get replies.</source>
        <translation>Terminez par une question à laquelle l&apos;appelant peut répondre avec ses mots, comme « Que pouvons-nous faire pour vous ? ». Les questions obtiennent des réponses.</translation>
    </message>
    <message>
        <source>The message ends with a yes/no question. An open question such as &quot;What can we help you with?&quot; gets more replies.</source>
        <translation>Le message se termine par une question fermée. Une question ouverte comme « Que pouvons-nous faire pour vous ? » obtient plus de réponses.</translation>
    </message>
    <message>
        <source>Leave the link out of the first text: carriers filter first messages with links, and callers trust a plain reply more. Send it once they answer.</source>
        <translation>Ne mettez pas le lien dans le premier SMS : les opérateurs filtrent les premiers messages avec des liens, et les appelants font davantage confiance à une réponse simple. Envoyez-le quand ils répondent.</translation>
    </message>
</context>
<context>
    <name>ringback::app</name>
    <message>
        <source>Stopping: finishing the text in flight.</source>
        <translation>Arrêt : envoi du SMS en cours avant de terminer.</translation>
    </message>
</context>
<context>
    <name>ringback::app::DesktopSession</name>
    <message>
        <source>Ringback (demo)</source>
        <translation>Ringback (démo)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>finish the setup first.</source>
        <translation>terminez d&apos;abord la configuration.</translation>
    </message>
    <message>
        <source>the setup was not finished. Open Settings and click &quot;Run setup again&quot;.</source>
        <translation>la configuration n&apos;a pas été terminée. Ouvrez les Réglages et cliquez sur « Relancer la configuration ».</translation>
    </message>
    <message>
        <source>Auto text-back is off: %1</source>
        <translation>La réponse automatique par SMS est désactivée : %1</translation>
    </message>
</context>
<context>
    <name>ringback::app::ProviderCheckCommand</name>
    <message>
        <source>Ringback cannot check the provider &quot;%1&quot;; the providers it knows are: twilio.</source>
        <translation>Ringback ne peut pas vérifier l&apos;opérateur « %1 » ; les opérateurs qu&apos;il connaît sont : twilio.</translation>
    </message>
    <message>
        <source>Twilio account: %1 (%2, %3)</source>
        <translation>Compte Twilio : %1 (%2, %3)</translation>
    </message>
    <message>
        <source>This account has no phone numbers yet.</source>
        <translation>Ce compte n&apos;a pas encore de numéro de téléphone.</translation>
    </message>
    <message>
        <source>Phone numbers:</source>
        <translation>Numéros de téléphone :</translation>
    </message>
    <message>
        <source>calls and texts</source>
        <translation>appels et SMS</translation>
    </message>
    <message>
        <source>texts only</source>
        <translation>SMS uniquement</translation>
    </message>
    <message>
        <source>calls only</source>
        <translation>appels uniquement</translation>
    </message>
    <message>
        <source>neither calls nor texts</source>
        <translation>ni appels ni SMS</translation>
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
        <translation>L&apos;adresse de l&apos;opérateur « %1 » n&apos;est pas une adresse web comme https://api.twilio.com.</translation>
    </message>
    <message>
        <source>Ringback does not know the provider &quot;%1&quot;; the providers it knows are: twilio.</source>
        <translation>Ringback ne connaît pas l&apos;opérateur « %1 » ; les opérateurs qu&apos;il connaît sont : twilio.</translation>
    </message>
</context>
<context>
    <name>ringback::app::SettingsFileCommand</name>
    <message>
        <source>Could not write the settings to %1: %2</source>
        <translation>Impossible d&apos;écrire les réglages dans %1 : %2</translation>
    </message>
    <message>
        <source>Settings written to %1.</source>
        <translation>Réglages écrits dans %1.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Ringback settings file (%2). Nothing was changed.</source>
        <translation>%1 n&apos;est pas un fichier de réglages Ringback (%2). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Ignored settings this version does not know: %1</source>
        <translation>Réglages ignorés que cette version ne connaît pas : %1</translation>
    </message>
    <message>
        <source>Settings read from %1.</source>
        <translation>Réglages lus depuis %1.</translation>
    </message>
</context>
<context>
    <name>ringback::sim::ReplyScript</name>
    <message>
        <source>Water heater is leaking in the garage, can someone come today?</source>
        <translation>Le chauffe-eau fuit dans le garage, quelqu&apos;un peut passer aujourd&apos;hui ?</translation>
    </message>
    <message>
        <source>Kitchen sink is backed up and won&apos;t drain at all</source>
        <translation>L&apos;évier de la cuisine est bouché et ne se vide plus du tout</translation>
    </message>
    <message>
        <source>We have a leak under the upstairs bathroom, water is coming through the ceiling</source>
        <translation>On a une fuite sous la salle de bain de l&apos;étage, l&apos;eau passe à travers le plafond</translation>
    </message>
    <message>
        <source>Toilet keeps running, how much to fix that?</source>
        <translation>La chasse d&apos;eau coule sans arrêt, combien pour réparer ça ?</translation>
    </message>
    <message>
        <source>No hot water since this morning. Gas water heater, about 12 years old</source>
        <translation>Plus d&apos;eau chaude depuis ce matin. Chauffe-eau au gaz, environ 12 ans</translation>
    </message>
    <message>
        <source>Need a quote to replace a 50 gallon water heater</source>
        <translation>J&apos;ai besoin d&apos;un devis pour remplacer un chauffe-eau de 190 litres</translation>
    </message>
    <message>
        <source>Main sewer line is backing up into the tub</source>
        <translation>La canalisation principale d&apos;égout refoule dans la baignoire</translation>
    </message>
    <message>
        <source>Outdoor spigot froze and cracked, water everywhere</source>
        <translation>Le robinet extérieur a gelé et s&apos;est fendu, il y a de l&apos;eau partout</translation>
    </message>
    <message>
        <source>Do you do tankless water heater installs?</source>
        <translation>Vous installez des chauffe-eau instantanés ?</translation>
    </message>
    <message>
        <source>Low water pressure in the whole house all of a sudden</source>
        <translation>Tout à coup, pression d&apos;eau faible dans toute la maison</translation>
    </message>
    <message>
        <source>Garbage disposal is humming but not spinning</source>
        <translation>Le broyeur d&apos;évier bourdonne mais ne tourne pas</translation>
    </message>
    <message>
        <source>Slab leak maybe? Water bill doubled and I hear water running</source>
        <translation>Une fuite sous la dalle peut-être ? La facture d&apos;eau a doublé et j&apos;entends l&apos;eau couler</translation>
    </message>
    <message>
        <source>Breaker keeps tripping in the kitchen</source>
        <translation>Le disjoncteur de la cuisine n&apos;arrête pas de sauter</translation>
    </message>
    <message>
        <source>Half the outlets in the living room stopped working</source>
        <translation>La moitié des prises du salon ne fonctionnent plus</translation>
    </message>
    <message>
        <source>Need a quote for an EV charger in the garage</source>
        <translation>J&apos;ai besoin d&apos;un devis pour une borne de recharge dans le garage</translation>
    </message>
    <message>
        <source>Lights flicker every time the AC kicks on</source>
        <translation>Les lumières vacillent chaque fois que la clim démarre</translation>
    </message>
    <message>
        <source>Burning smell from an outlet in the bedroom, I turned the breaker off</source>
        <translation>Odeur de brûlé venant d&apos;une prise de la chambre, j&apos;ai coupé le disjoncteur</translation>
    </message>
    <message>
        <source>Looking to upgrade our panel to 200 amp, can you quote it?</source>
        <translation>On voudrait passer notre tableau à 200 ampères, vous pouvez faire un devis ?</translation>
    </message>
    <message>
        <source>Want to add recessed lights in the kitchen, 8 or so</source>
        <translation>Je voudrais ajouter des spots encastrés dans la cuisine, 8 environ</translation>
    </message>
    <message>
        <source>GFCI in the bathroom won&apos;t reset</source>
        <translation>Le différentiel de la salle de bain ne se réarme pas</translation>
    </message>
    <message>
        <source>Ceiling fan install, we already bought the fan</source>
        <translation>Pose d&apos;un ventilateur de plafond, on a déjà acheté le ventilateur</translation>
    </message>
    <message>
        <source>Power is out on one side of the house only</source>
        <translation>Plus de courant d&apos;un seul côté de la maison</translation>
    </message>
    <message>
        <source>Need a quote for a new roof, 2 story house in Round Rock</source>
        <translation>J&apos;ai besoin d&apos;un devis pour une nouvelle toiture, maison à étage à Round Rock</translation>
    </message>
    <message>
        <source>Hail damage from last night&apos;s storm, insurance adjuster coming Friday</source>
        <translation>Dégâts de grêle après l&apos;orage d&apos;hier soir, l&apos;expert de l&apos;assurance passe vendredi</translation>
    </message>
    <message>
        <source>Roof is leaking around the chimney when it rains</source>
        <translation>Le toit fuit autour de la cheminée quand il pleut</translation>
    </message>
    <message>
        <source>Several shingles blew off in the wind, can you patch it?</source>
        <translation>Le vent a arraché plusieurs bardeaux, vous pouvez réparer ?</translation>
    </message>
    <message>
        <source>Water stain on the ceiling keeps getting bigger, think it&apos;s the roof</source>
        <translation>La tache d&apos;eau au plafond grandit, je pense que c&apos;est le toit</translation>
    </message>
    <message>
        <source>Do you do metal roofs? Looking at replacing ours this spring</source>
        <translation>Vous faites les toitures en métal ? On pense remplacer la nôtre ce printemps</translation>
    </message>
    <message>
        <source>Gutters are pulling away from the fascia on the back side</source>
        <translation>Les gouttières se détachent de la bordure à l&apos;arrière</translation>
    </message>
    <message>
        <source>Buying a house in Pflugerville, need a roof inspection before closing</source>
        <translation>J&apos;achète une maison à Pflugerville, il me faut une inspection du toit avant la signature</translation>
    </message>
    <message>
        <source>AC stopped blowing cold last night</source>
        <translation>La clim ne souffle plus de froid depuis hier soir</translation>
    </message>
    <message>
        <source>Furnace won&apos;t turn on, house is 58 degrees</source>
        <translation>La chaudière ne s&apos;allume pas, il fait 14 degrés dans la maison</translation>
    </message>
    <message>
        <source>Outside unit is making a loud grinding noise</source>
        <translation>L&apos;unité extérieure fait un fort bruit de frottement</translation>
    </message>
    <message>
        <source>Ice on the AC line outside, is that bad?</source>
        <translation>Il y a de la glace sur le tuyau de la clim dehors, c&apos;est grave ?</translation>
    </message>
    <message>
        <source>Need a quote for a new AC system, 3 ton, house is 2200 sq ft</source>
        <translation>J&apos;ai besoin d&apos;un devis pour une nouvelle clim de 3 tonnes, maison de 200 m²</translation>
    </message>
    <message>
        <source>Thermostat is blank, replaced the batteries already</source>
        <translation>Le thermostat n&apos;affiche rien, j&apos;ai déjà changé les piles</translation>
    </message>
    <message>
        <source>Water dripping from the attic unit into the hallway</source>
        <translation>De l&apos;eau goutte de l&apos;unité du grenier dans le couloir</translation>
    </message>
    <message>
        <source>Can we schedule the spring AC tune-up?</source>
        <translation>On peut prévoir l&apos;entretien de printemps de la clim ?</translation>
    </message>
    <message>
        <source>Upstairs is 10 degrees hotter than downstairs, any ideas?</source>
        <translation>Il fait 5 degrés de plus à l&apos;étage qu&apos;en bas, une idée ?</translation>
    </message>
    <message>
        <source>Heat pump is blowing cold air in heat mode</source>
        <translation>La pompe à chaleur souffle de l&apos;air froid en mode chauffage</translation>
    </message>
    <message>
        <source>Can you come out Thursday morning?</source>
        <translation>Vous pouvez passer jeudi matin ?</translation>
    </message>
    <message>
        <source>Sorry missed you, I was calling about the estimate you sent</source>
        <translation>Désolé de vous avoir manqué, j&apos;appelais pour le devis que vous m&apos;avez envoyé</translation>
    </message>
    <message>
        <source>Is this the plumber? My neighbor recommended you</source>
        <translation>C&apos;est bien le plombier ? Mon voisin vous a recommandé</translation>
    </message>
    <message>
        <source>Calling to reschedule tomorrow&apos;s appointment</source>
        <translation>J&apos;appelais pour déplacer le rendez-vous de demain</translation>
    </message>
    <message>
        <source>What&apos;s your service call fee?</source>
        <translation>Combien coûte le déplacement ?</translation>
    </message>
    <message>
        <source>Do you work on weekends? It&apos;s kind of an emergency</source>
        <translation>Vous travaillez le week-end ? C&apos;est un peu urgent</translation>
    </message>
    <message>
        <source>Your tech was here last week and the leak is back</source>
        <translation>Votre technicien est venu la semaine dernière et la fuite est revenue</translation>
    </message>
    <message>
        <source>Do you take credit cards? Need someone out today</source>
        <translation>Vous acceptez la carte bancaire ? Il me faut quelqu&apos;un aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Address is 1408 Barton Hills Dr, Austin 78704</source>
        <translation>L&apos;adresse est 1408 Barton Hills Dr, Austin 78704</translation>
    </message>
    <message>
        <source>We&apos;re at 2211 Sunrise Rd in Round Rock</source>
        <translation>On est au 2211 Sunrise Rd à Round Rock</translation>
    </message>
    <message>
        <source>It&apos;s 906 Kenwood Ave, the gate code is 4521</source>
        <translation>C&apos;est au 906 Kenwood Ave, le code du portail est 4521</translation>
    </message>
    <message>
        <source>17 Oak Creek Cv, Cedar Park. Blue house on the corner</source>
        <translation>17 Oak Creek Cv, Cedar Park. La maison bleue au coin</translation>
    </message>
    <message>
        <source>I can send a photo if that helps</source>
        <translation>Je peux envoyer une photo si ça aide</translation>
    </message>
    <message>
        <source>Just sent you a picture of the unit&apos;s label</source>
        <translation>Je viens de vous envoyer une photo de l&apos;étiquette de l&apos;appareil</translation>
    </message>
    <message>
        <source>Sent a photo of the ceiling, it&apos;s getting worse</source>
        <translation>J&apos;ai envoyé une photo du plafond, ça empire</translation>
    </message>
    <message>
        <source>I&apos;m home all day today</source>
        <translation>Je suis chez moi toute la journée aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Anytime after 3 works, I get off work early</source>
        <translation>N&apos;importe quand après 15 h, je finis tôt</translation>
    </message>
    <message>
        <source>Please call me back when you can</source>
        <translation>Rappelez-moi quand vous pouvez, s&apos;il vous plaît</translation>
    </message>
    <message>
        <source>Also the dog is friendly lol</source>
        <translation>Et le chien est gentil mdr</translation>
    </message>
    <message>
        <source>Thursday morning works</source>
        <translation>Jeudi matin, ça me va</translation>
    </message>
    <message>
        <source>Ok thanks, talk soon</source>
        <translation>OK merci, à bientôt</translation>
    </message>
    <message>
        <source>Yes please, the sooner the better</source>
        <translation>Oui s&apos;il vous plaît, le plus tôt sera le mieux</translation>
    </message>
    <message>
        <source>How much would that be roughly?</source>
        <translation>Ça coûterait combien à peu près ?</translation>
    </message>
    <message>
        <source>Can you do 8am? I have to leave for work at 9</source>
        <translation>Vous pouvez à 8 h ? Je dois partir au travail à 9 h</translation>
    </message>
    <message>
        <source>Never mind, we got someone else. Thanks anyway</source>
        <translation>Laissez tomber, on a trouvé quelqu&apos;un d&apos;autre. Merci quand même</translation>
    </message>
    <message>
        <source>👍</source>
        <translation>👍</translation>
    </message>
    <message>
        <source>Great, see you then</source>
        <translation>Super, à tout à l&apos;heure</translation>
    </message>
    <message>
        <source>This is %1 by the way, you did our bathroom last year</source>
        <translation>C&apos;est %1 au fait, vous avez fait notre salle de bain l&apos;an dernier</translation>
    </message>
</context>
<context>
    <name>ringback::sim::SimulatedCarrier</name>
    <message>
        <source>Hi, this is %1. Sorry we missed your call, how can we help?</source>
        <translation>Bonjour, ici %1. Désolés d&apos;avoir manqué votre appel, que pouvons-nous faire pour vous ?</translation>
    </message>
    <message>
        <source>The number is a landline or unreachable: it cannot receive texts.</source>
        <translation>Le numéro est un fixe ou injoignable : il ne peut pas recevoir de SMS.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::BusinessPage</name>
    <message>
        <source>Your business</source>
        <translation>Votre entreprise</translation>
    </message>
    <message>
        <source>The name goes into every text. The opening hours decide which text a caller gets: the daytime one, or the one that says when you open again.</source>
        <translation>Le nom figure dans chaque SMS. Les horaires décident quel SMS reçoit l&apos;appelant : celui de la journée, ou celui qui indique quand vous rouvrez.</translation>
    </message>
    <message>
        <source>e.g. Anderson Plumbing &amp; Heating</source>
        <translation>p. ex. Plomberie &amp; Chauffage Anderson</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>Nom de l&apos;entreprise :</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horaires d&apos;ouverture</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Ouvre</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Ferme</translation>
    </message>
    <message>
        <source>This day has split shifts; they stay as they are unless you change the day here.</source>
        <translation>Ce jour a des horaires coupés ; ils restent tels quels sauf si vous modifiez le jour ici.</translation>
    </message>
    <message>
        <source>Times are in the time zone %1. Split shifts, holidays and other closures can be set later in Settings.</source>
        <translation>Les heures sont dans le fuseau horaire %1. Les horaires coupés, jours fériés et autres fermetures se règlent plus tard dans les Réglages.</translation>
    </message>
    <message>
        <source>Enter the business name: every text starts with it.</source>
        <translation>Saisissez le nom de l&apos;entreprise : chaque SMS commence par lui.</translation>
    </message>
    <message>
        <source>On %1 the closing time must be after the opening time.</source>
        <translation>Le %1, l&apos;heure de fermeture doit être après l&apos;heure d&apos;ouverture.</translation>
    </message>
    <message>
        <source>Tick at least one day the business is open.</source>
        <translation>Cochez au moins un jour d&apos;ouverture.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::CallLogModel</name>
    <message>
        <source>Withheld number</source>
        <translation>Numéro masqué</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Pas encore décidé</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>ringback::ui::CallsPage</name>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Every call to the business, and whether Ringback texted the caller back.</source>
        <translation>Tous les appels vers l&apos;entreprise, et si Ringback a répondu par SMS.</translation>
    </message>
    <message>
        <source>Call log</source>
        <translation>Journal des appels</translation>
    </message>
</context>
<context>
    <name>ringback::ui::ConversationListModel</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Texted</source>
        <translation>SMS envoyé</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>A répondu</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifié</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagné</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>Missed call, no texts yet</source>
        <translation>Appel manqué, pas encore de SMS</translation>
    </message>
    <message>
        <source>Auto-text: %1</source>
        <translation>SMS automatique : %1</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Vous : %1</translation>
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
        <translation>Pas encore de conversation</translation>
    </message>
    <message>
        <source>When someone calls and nobody picks up, Ringback texts them back. Their replies appear here, one conversation per caller.</source>
        <translation>Quand quelqu&apos;un appelle et que personne ne décroche, Ringback lui envoie un SMS. Ses réponses apparaissent ici, une conversation par appelant.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
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
        <translation>Sections</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Données : %1</translation>
    </message>
    <message>
        <source>Auto text-back is off: no phone provider is connected yet.</source>
        <translation>La réponse automatique par SMS est désactivée : aucun opérateur téléphonique n&apos;est encore connecté.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
</context>
<context>
    <name>ringback::ui::NumbersPage</name>
    <message>
        <source>Your business numbers</source>
        <translation>Les numéros de votre entreprise</translation>
    </message>
    <message>
        <source>Pick the numbers customers call. Ringback texts back missed calls to these numbers, from the number the customer called.</source>
        <translation>Choisissez les numéros qu&apos;appellent vos clients. Ringback répond par SMS aux appels manqués sur ces numéros, depuis le numéro appelé.</translation>
    </message>
    <message>
        <source>Go back and test the connection first.</source>
        <translation>Revenez en arrière et testez d&apos;abord la connexion.</translation>
    </message>
    <message>
        <source>Looking up the numbers of your account...</source>
        <translation>Recherche des numéros de votre compte...</translation>
    </message>
    <message>
        <source>Ringback could not list the account&apos;s numbers: %1
You can go on: Ringback will then watch every number of the account that can send texts.</source>
        <translation>Ringback n&apos;a pas pu lister les numéros du compte : %1
Vous pouvez continuer : Ringback surveillera alors tous les numéros du compte capables d&apos;envoyer des SMS.</translation>
    </message>
    <message>
        <source>This account has no phone numbers yet. Buy or port a number at your provider, then run the setup again from Settings.</source>
        <translation>Ce compte n&apos;a pas encore de numéro. Achetez ou portez un numéro chez votre opérateur, puis relancez la configuration depuis les Réglages.</translation>
    </message>
    <message>
        <source>Numbers of the account &quot;%1&quot;:</source>
        <translation>Numéros du compte « %1 » :</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 - cannot send texts</source>
        <translation>%1 - ne peut pas envoyer de SMS</translation>
    </message>
</context>
<context>
    <name>ringback::ui::PreviewPage</name>
    <message>
        <source>The text your callers get</source>
        <translation>Le SMS que reçoivent vos appelants</translation>
    </message>
    <message>
        <source>When nobody answers during opening hours, the caller gets this within seconds. You can change the wording later.</source>
        <translation>Quand personne ne répond pendant les heures d&apos;ouverture, l&apos;appelant reçoit ceci en quelques secondes. Vous pourrez modifier le texte plus tard.</translation>
    </message>
    <message>
        <source>%1 characters: it fits in one text message.</source>
        <translation>%1 caractères : il tient en un seul SMS.</translation>
    </message>
    <message>
        <source>%1 characters: it is sent as %2 text messages, and each one is billed. A shorter business name or message would fit in one.</source>
        <translation>%1 caractères : il part en %2 SMS, chacun facturé. Avec un nom ou un message plus court, il tiendrait en un seul.</translation>
    </message>
</context>
<context>
    <name>ringback::ui::ProviderPage</name>
    <message>
        <source>Twilio (or a Twilio-compatible service such as SignalWire)</source>
        <translation>Twilio (ou un service compatible avec Twilio, comme SignalWire)</translation>
    </message>
    <message>
        <source>Demo: a pretend plumbing office, no account needed</source>
        <translation>Démo : une entreprise de plomberie fictive, aucun compte nécessaire</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Your phone provider</source>
        <translation>Votre opérateur téléphonique</translation>
    </message>
    <message>
        <source>Ringback reads your phone account&apos;s call log and sends the texts from your business number.</source>
        <translation>Ringback lit le journal d&apos;appels de votre compte téléphonique et envoie les SMS depuis le numéro de votre entreprise.</translation>
    </message>
    <message>
        <source>AC followed by 32 letters and digits</source>
        <translation>AC suivi de 32 lettres et chiffres</translation>
    </message>
    <message>
        <source>32 letters and digits</source>
        <translation>32 lettres et chiffres</translation>
    </message>
    <message>
        <source>Both are on the first page of your Twilio Console (console.twilio.com), under Account Info.</source>
        <translation>Les deux figurent sur la première page de votre console Twilio (console.twilio.com), sous Account Info.</translation>
    </message>
    <message>
        <source>Account SID:</source>
        <translation>Account SID :</translation>
    </message>
    <message>
        <source>Auth Token:</source>
        <translation>Auth Token :</translation>
    </message>
    <message>
        <source>The demo plays a busy plumbing office: calls come in every few seconds and Ringback texts back the ones nobody answered. Click Finish to start it, or Next to look at the other steps.</source>
        <translation>La démo simule une entreprise de plomberie très sollicitée : des appels arrivent toutes les quelques secondes et Ringback répond par SMS à ceux que personne n&apos;a pris. Cliquez sur Terminer pour la lancer, ou sur Suivant pour voir les autres étapes.</translation>
    </message>
    <message>
        <source>Enter the Account SID first.</source>
        <translation>Saisissez d&apos;abord l&apos;Account SID.</translation>
    </message>
    <message>
        <source>Enter the Auth Token first.</source>
        <translation>Saisissez d&apos;abord l&apos;Auth Token.</translation>
    </message>
    <message>
        <source>Connecting to Twilio...</source>
        <translation>Connexion à Twilio...</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is %2, so it cannot send texts. Reactivate it in the Twilio Console, then test again.</source>
        <translation>Le compte « %1 » est à l&apos;état %2, il ne peut donc pas envoyer de SMS. Réactivez-le dans la console Twilio, puis testez à nouveau.</translation>
    </message>
    <message>
        <source>Connected to the account &quot;%1&quot;.</source>
        <translation>Connecté au compte « %1 ».</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved token</source>
        <translation>Laissez vide pour garder le jeton enregistré</translation>
    </message>
    <message>
        <source>The saved token could not be read: %1 Enter the Auth Token again.</source>
        <translation>Le jeton enregistré n&apos;a pas pu être lu : %1 Saisissez à nouveau l&apos;Auth Token.</translation>
    </message>
    <message>
        <source>Keep the Auth Token in a file only I can read</source>
        <translation>Garder l&apos;Auth Token dans un fichier que moi seul peux lire</translation>
    </message>
    <message>
        <source>This computer has no keychain (such as GNOME Keyring) to keep the Auth Token in. Ringback can keep it in a file that only you can read: %1</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau (comme GNOME Keyring) pour garder l&apos;Auth Token. Ringback peut le garder dans un fichier que vous seul pouvez lire : %1</translation>
    </message>
</context>
<context>
    <name>ringback::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Modifications annulées.</translation>
    </message>
    <message>
        <source>Business (all desks)</source>
        <translation>Entreprise (tous les postes)</translation>
    </message>
    <message>
        <source>Kept in the shared database: every desk sees the same values.</source>
        <translation>Conservé dans la base de données partagée : tous les postes voient les mêmes valeurs.</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>Nom de l&apos;entreprise :</translation>
    </message>
    <message>
        <source>Every text starts with it, so callers know who wrote.</source>
        <translation>Chaque SMS commence par lui, pour que l&apos;appelant sache qui écrit.</translation>
    </message>
    <message>
        <source>Business numbers:</source>
        <translation>Numéros de l&apos;entreprise :</translation>
    </message>
    <message>
        <source>Calls to the ticked numbers are texted back. None ticked: every number of the account that can send texts.</source>
        <translation>Les appels vers les numéros cochés reçoivent un SMS. Aucun coché : tous les numéros du compte capables d&apos;envoyer des SMS.</translation>
    </message>
    <message>
        <source>e.g. Maria, Joe, Dave</source>
        <translation>p. ex. Marie, Joël, David</translation>
    </message>
    <message>
        <source>Staff names:</source>
        <translation>Noms du personnel :</translation>
    </message>
    <message>
        <source>Separate names with commas. Conversations can be assigned to them.</source>
        <translation>Séparez les noms par des virgules. Les conversations peuvent leur être attribuées.</translation>
    </message>
    <message>
        <source>Text-back rules (all desks)</source>
        <translation>Règles de réponse par SMS (tous les postes)</translation>
    </message>
    <message>
        <source>Kept in the shared database: every desk follows them.</source>
        <translation>Conservées dans la base de données partagée : tous les postes les suivent.</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> secondes</translation>
    </message>
    <message>
        <source>Check for new calls every:</source>
        <translation>Chercher de nouveaux appels toutes les :</translation>
    </message>
    <message>
        <source>Shorter means faster texts and more requests to your provider.</source>
        <translation>Plus court : des SMS plus rapides et davantage de requêtes à votre opérateur.</translation>
    </message>
    <message>
        <source>Wait before texting:</source>
        <translation>Attendre avant d&apos;envoyer le SMS :</translation>
    </message>
    <message>
        <source>Time to call back first: the text is cancelled if someone calls the customer meanwhile.</source>
        <translation>Le temps de rappeler d&apos;abord : le SMS est annulé si quelqu&apos;un appelle le client entre-temps.</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>Text the same number at most once every:</source>
        <translation>Envoyer un SMS au même numéro au plus une fois toutes les :</translation>
    </message>
    <message>
        <source>Several missed calls from one person get one text.</source>
        <translation>Plusieurs appels manqués d&apos;une même personne reçoivent un seul SMS.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Don&apos;t text calls older than:</source>
        <translation>Ne pas envoyer de SMS pour les appels de plus de :</translation>
    </message>
    <message>
        <source>Calls missed while this computer was off for longer are listed for a person to call back.</source>
        <translation>Les appels manqués pendant que cet ordinateur était éteint plus longtemps sont listés pour qu&apos;une personne rappelle.</translation>
    </message>
    <message>
        <source>A cell phone&apos;s voicemail picking up a forwarded call looks like a short answered call.</source>
        <translation>Quand la messagerie d&apos;un portable prend un appel transféré, cela ressemble à un appel décroché court.</translation>
    </message>
    <message>
        <source>e.g. US, CA</source>
        <translation>p. ex. FR, BE</translation>
    </message>
    <message>
        <source>Text only numbers in:</source>
        <translation>N&apos;envoyer de SMS qu&apos;aux numéros de :</translation>
    </message>
    <message>
        <source>Two-letter country codes, separated by commas. Empty: only your own country. This protects you from text fraud.</source>
        <translation>Codes pays à deux lettres, séparés par des virgules. Vide : uniquement votre pays. Cela vous protège de la fraude aux SMS.</translation>
    </message>
    <message>
        <source> texts per hour</source>
        <translation> SMS par heure</translation>
    </message>
    <message>
        <source>Automatic texts at most:</source>
        <translation>SMS automatiques au maximum :</translation>
    </message>
    <message>
        <source>Beyond this, texts wait for someone to approve them.</source>
        <translation>Au-delà, les SMS attendent qu&apos;une personne les approuve.</translation>
    </message>
    <message>
        <source>Send one follow-up when the caller has not replied</source>
        <translation>Relancer une fois si l&apos;appelant ne répond pas</translation>
    </message>
    <message>
        <source>Follow up after:</source>
        <translation>Relancer après :</translation>
    </message>
    <message>
        <source>Follow-ups are only sent between 8:00 and 21:00 in the caller&apos;s time zone.</source>
        <translation>Les relances ne sont envoyées qu&apos;entre 8 h 00 et 21 h 00 dans le fuseau horaire de l&apos;appelant.</translation>
    </message>
    <message>
        <source>Phone provider</source>
        <translation>Opérateur téléphonique</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte :</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton :</translation>
    </message>
    <message>
        <source>Run setup again...</source>
        <translation>Relancer la configuration...</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Kept on this computer only; other desks have their own.</source>
        <translation>Conservé sur cet ordinateur uniquement ; les autres postes ont les leurs.</translation>
    </message>
    <message>
        <source>Who works at this desk:</source>
        <translation>Qui travaille à ce poste :</translation>
    </message>
    <message>
        <source>Used for &quot;Mine&quot; in the Inbox and to show others who is replying.</source>
        <translation>Sert pour « Les miens » dans la boîte de réception et pour montrer aux autres qui répond.</translation>
    </message>
    <message>
        <source>Show a notification when a customer replies</source>
        <translation>Afficher une notification quand un client répond</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Takes effect the next time Ringback starts.</source>
        <translation>Prend effet au prochain démarrage de Ringback.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Calls, texts and leads are kept in:</source>
        <translation>Les appels, SMS et prospects sont conservés dans :</translation>
    </message>
    <message>
        <source>Demo office (no real calls or texts)</source>
        <translation>Bureau de démonstration (aucun vrai appel ni SMS)</translation>
    </message>
    <message>
        <source>Not set up yet</source>
        <translation>Pas encore configuré</translation>
    </message>
    <message>
        <source>Twilio, Account SID %1</source>
        <translation>Twilio, Account SID %1</translation>
    </message>
    <message>
        <source>The demo needs no token.</source>
        <translation>La démo n&apos;a pas besoin de jeton.</translation>
    </message>
    <message>
        <source>Looking...</source>
        <translation>Recherche...</translation>
    </message>
    <message>
        <source>No numbers listed yet: run the setup to fetch them from your provider.</source>
        <translation>Aucun numéro pour l&apos;instant : lancez la configuration pour les obtenir de votre opérateur.</translation>
    </message>
    <message>
        <source>Enter the business name: every text starts with it.</source>
        <translation>Saisissez le nom de l&apos;entreprise : chaque SMS commence par lui.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code such as US or CA.</source>
        <translation>« %1 » n&apos;est pas un code pays à deux lettres comme FR ou BE.</translation>
    </message>
    <message>
        <source>The follow-up would come before the first text: make the follow-up delay longer.</source>
        <translation>La relance arriverait avant le premier SMS : allongez le délai de relance.</translation>
    </message>
    <message>
        <source>Some settings could not be saved: the database did not accept them. Check that the database is reachable and try again.</source>
        <translation>Certains réglages n&apos;ont pas pu être enregistrés : la base de données les a refusés. Vérifiez qu&apos;elle est accessible et réessayez.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Count answers shorter than this as missed:</source>
        <translation>Compter comme manqués les appels décrochés de moins de :</translation>
    </message>
</context>
<context>
    <name>ringback::ui::SetupWizard</name>
    <message>
        <source>Set up Ringback</source>
        <translation>Configurer Ringback</translation>
    </message>
    <message>
        <source>Welcome to Ringback</source>
        <translation>Bienvenue dans Ringback</translation>
    </message>
    <message>
        <source>When a call to your business goes unanswered, Ringback texts the caller back within seconds, so the job does not go to the next company on the list. Their replies land in the Inbox, where anyone at the office can answer.

Setting up takes a few minutes: connect your phone account, pick the numbers to watch, tell Ringback your business name and opening hours, and check the first text callers will get. You can change everything later in Settings.</source>
        <translation>Quand un appel vers votre entreprise reste sans réponse, Ringback envoie un SMS à l&apos;appelant en quelques secondes, pour que le chantier ne parte pas chez l&apos;entreprise suivante de la liste. Les réponses arrivent dans la boîte de réception, où n&apos;importe qui au bureau peut répondre.

La configuration prend quelques minutes : connectez votre compte téléphonique, choisissez les numéros à surveiller, indiquez à Ringback le nom et les horaires de votre entreprise, et vérifiez le premier SMS que recevront les appelants. Vous pourrez tout modifier plus tard dans les Réglages.</translation>
    </message>
    <message>
        <source>You&apos;re all set</source>
        <translation>Tout est prêt</translation>
    </message>
    <message>
        <source>Click Finish and Ringback starts watching your calls. It texts back missed callers while it is running, so keep it open (it can sit in the background).</source>
        <translation>Cliquez sur Terminer et Ringback commence à surveiller vos appels. Il répond par SMS aux appels manqués tant qu&apos;il tourne : gardez-le ouvert (il peut rester en arrière-plan).</translation>
    </message>
    <message>
        <source>The Auth Token could not be saved, so nothing was changed: %1</source>
        <translation>L&apos;Auth Token n&apos;a pas pu être enregistré, rien n&apos;a donc été modifié : %1</translation>
    </message>
</context>
</TS>
