<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountActions</name>
    <message>
        <source>Block %1?</source>
        <translation>%1 blockieren?</translation>
    </message>
    <message>
        <source>Mute %1?</source>
        <translation>%1 stummschalten?</translation>
    </message>
    <message>
        <source>They will not be able to follow you or see your posts, and you will not see theirs.</source>
        <translation>Das Konto kann dir nicht mehr folgen und deine Beiträge nicht sehen, und du siehst seine Beiträge nicht.</translation>
    </message>
    <message>
        <source>You will not see their posts. They will not know they are muted.</source>
        <translation>Du siehst die Beiträge dieses Kontos nicht mehr. Es erfährt nicht, dass es stummgeschaltet ist.</translation>
    </message>
</context>
<context>
    <name>AccountSwitcher</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>, on this computer</source>
        <translation>, auf diesem Computer</translation>
    </message>
    <message numerus="yes">
        <source>, %n unread</source>
        <translation>
            <numerusform>, %n ungelesen</numerusform>
            <numerusform>, %n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>, needs a new login</source>
        <translation>, muss neu angemeldet werden</translation>
    </message>
    <message>
        <source>, offline</source>
        <translation>, offline</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Strg+%1</translation>
    </message>
    <message>
        <source>Add a column from this account</source>
        <translation>Spalte aus diesem Konto hinzufügen</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Log in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Log in again as %1</source>
        <translation>Erneut als %1 anmelden</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <source>Post</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorisieren</translation>
    </message>
    <message>
        <source>Remove favourite</source>
        <translation>Favorit entfernen</translation>
    </message>
    <message>
        <source>Boost</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Undo boost</source>
        <translation>Nicht mehr teilen</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Lesezeichen setzen</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>Lesezeichen entfernen</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Unfollow</source>
        <translation>Entfolgen</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Abstimmen</translation>
    </message>
</context>
<context>
    <name>AddAccountPage</name>
    <message>
        <source>Add an account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Type the address of your server. Your browser opens its login page; after you approve, you are back here.</source>
        <translation>Gib die Adresse deines Servers ein. Dein Browser öffnet dessen Anmeldeseite; nachdem du zugestimmt hast, bist du wieder hier.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>e.g. mastodon.social</source>
        <translation>z. B. mastodon.social</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Open this address in your browser to log in:</source>
        <translation>Öffne diese Adresse in deinem Browser, um dich anzumelden:</translation>
    </message>
    <message>
        <source>Login address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>AddColumnDialog</name>
    <message>
        <source>Add a column</source>
        <translation>Spalte hinzufügen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Federated</source>
        <translation>Föderiert</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Hashtag…</source>
        <translation>Hashtag …</translation>
    </message>
    <message>
        <source>Timeline: %1</source>
        <translation>Timeline: %1</translation>
    </message>
    <message>
        <source>#hashtag</source>
        <translation>#hashtag</translation>
    </message>
    <message>
        <source>Hashtag</source>
        <translation>Hashtag</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server sent an answer Tuskline does not understand (%1).</source>
        <translation>Der Server hat eine Antwort gesendet, die Tuskline nicht versteht (%1).</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>Das Netzwerk ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The server address is not a valid web address.</source>
        <translation>Die Serveradresse ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>Refused to send the login to another server.</source>
        <translation>Die Anmeldedaten werden nicht an einen anderen Server gesendet.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than %1 MB, so it was not loaded.</source>
        <translation>Die Antwort des Servers war größer als %1 MB und wurde deshalb nicht geladen.</translation>
    </message>
    <message>
        <source>The server did not accept the request (400 Bad Request).</source>
        <translation>Der Server hat die Anfrage nicht angenommen (400 Bad Request).</translation>
    </message>
    <message>
        <source>You are not logged in, or your login has expired. Please log in again.</source>
        <translation>Du bist nicht angemeldet oder deine Anmeldung ist abgelaufen. Bitte melde dich erneut an.</translation>
    </message>
    <message>
        <source>You are not allowed to do this (403 Forbidden).</source>
        <translation>Dazu bist du nicht berechtigt (403 Forbidden).</translation>
    </message>
    <message>
        <source>Not found: it may have been deleted (404).</source>
        <translation>Nicht gefunden: Möglicherweise wurde es gelöscht (404).</translation>
    </message>
    <message>
        <source>The server gave up waiting for the request (408).</source>
        <translation>Der Server hat nicht länger auf die Anfrage gewartet (408).</translation>
    </message>
    <message>
        <source>This is gone from the server (410).</source>
        <translation>Das ist auf dem Server nicht mehr vorhanden (410).</translation>
    </message>
    <message>
        <source>That is too large for the server (413).</source>
        <translation>Das ist zu groß für den Server (413).</translation>
    </message>
    <message>
        <source>The server could not process this (422).</source>
        <translation>Der Server konnte das nicht verarbeiten (422).</translation>
    </message>
    <message>
        <source>Too many requests: the server asks to slow down. Try again in a moment.</source>
        <translation>Zu viele Anfragen: Der Server bittet darum, es langsamer angehen zu lassen. Versuche es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server had an internal error (500). Try again later.</source>
        <translation>Auf dem Server ist ein interner Fehler aufgetreten (500). Versuche es später noch einmal.</translation>
    </message>
    <message>
        <source>The server is unreachable behind its gateway (502). Try again later.</source>
        <translation>Der Server ist hinter seinem Gateway nicht erreichbar (502). Versuche es später noch einmal.</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable (503). Try again later.</source>
        <translation>Der Server ist vorübergehend nicht verfügbar (503). Versuche es später noch einmal.</translation>
    </message>
    <message>
        <source>The server took too long behind its gateway (504). Try again later.</source>
        <translation>Der Server hinter dem Gateway hat zu lange gebraucht (504). Versuche es später noch einmal.</translation>
    </message>
    <message>
        <source>The server answered %1 %2.</source>
        <translation>Der Server hat mit %1 %2 geantwortet.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>Der Server hat mit HTTP-Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>The server refused the connection. It may be down or the address is wrong.</source>
        <translation>Der Server hat die Verbindung abgelehnt. Vielleicht ist er nicht erreichbar oder die Adresse ist falsch.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation>Der Server hat die Verbindung geschlossen, bevor er geantwortet hat.</translation>
    </message>
    <message>
        <source>The server name could not be found. Check the address and your internet connection.</source>
        <translation>Der Servername wurde nicht gefunden. Überprüfe die Adresse und deine Internetverbindung.</translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation>Der Server hat zu lange für eine Antwort gebraucht.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established.</source>
        <translation>Es konnte keine sichere Verbindung zum Server hergestellt werden.</translation>
    </message>
    <message>
        <source>The network connection was lost.</source>
        <translation>Die Netzwerkverbindung wurde unterbrochen.</translation>
    </message>
    <message>
        <source>The network proxy could not be used: %1</source>
        <translation>Der Netzwerk-Proxy konnte nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The server redirected too many times.</source>
        <translation>Der Server hat zu oft weitergeleitet.</translation>
    </message>
    <message>
        <source>A network error occurred: %1</source>
        <translation>Ein Netzwerkfehler ist aufgetreten: %1</translation>
    </message>
</context>
<context>
    <name>Avatar</name>
    <message>
        <source>Avatar of %1</source>
        <translation>Profilbild von %1</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Profilbild</translation>
    </message>
</context>
<context>
    <name>BlurhashImage</name>
    <message>
        <source>Sensitive content</source>
        <translation>Sensibler Inhalt</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>Edit post</source>
        <translation>Beitrag bearbeiten</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <source>Content warning</source>
        <translation>Inhaltswarnung</translation>
    </message>
    <message>
        <source>What’s on your mind?</source>
        <translation>Was gibt’s Neues?</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>Text des Beitrags</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>Nicht gelistet</translation>
    </message>
    <message>
        <source>Followers only</source>
        <translation>Nur für Follower</translation>
    </message>
    <message>
        <source>Mentioned people only</source>
        <translation>Nur für erwähnte Profile</translation>
    </message>
    <message>
        <source>Visibility: %1</source>
        <translation>Sichtbarkeit: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n characters left</source>
        <translation>
            <numerusform>%n Zeichen übrig</numerusform>
            <numerusform>%n Zeichen übrig</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Strg+Enter</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>Could not read the account list %1: %2</source>
        <translation>Die Kontenliste %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Use either --account or --instance, not both.</source>
        <translation>Verwende entweder --account oder --instance, nicht beides.</translation>
    </message>
    <message>
        <source>%1 is not a server address.</source>
        <translation>%1 ist keine Serveradresse.</translation>
    </message>
    <message>
        <source>This needs a login: pass --token (or set TUSKLINE_TOKEN) with --instance, or log in with &quot;tuskline-cli login %1&quot;.</source>
        <translation>Dafür ist eine Anmeldung nötig: Gib --token (oder setze TUSKLINE_TOKEN) zusammen mit --instance an oder melde dich mit „tuskline-cli login %1“ an.</translation>
    </message>
    <message>
        <source>--token needs --instance.</source>
        <translation>--token benötigt --instance.</translation>
    </message>
    <message>
        <source>There is no stored account %1. See &quot;tuskline-cli accounts&quot;.</source>
        <translation>Es gibt kein gespeichertes Konto %1. Siehe „tuskline-cli accounts“.</translation>
    </message>
    <message>
        <source>No account is logged in. Log in with &quot;tuskline-cli login URL&quot;, or pass --instance and --token.</source>
        <translation>Es ist kein Konto angemeldet. Melde dich mit „tuskline-cli login URL“ an oder gib --instance und --token an.</translation>
    </message>
    <message>
        <source>The saved login for %1 is gone. Please log in again.</source>
        <translation>Die gespeicherte Anmeldung für %1 ist nicht mehr vorhanden. Bitte melde dich erneut an.</translation>
    </message>
    <message>
        <source>The login for %1 could not be read from the keychain: %2</source>
        <translation>Die Anmeldung für %1 konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>Unbekannter Fehler.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Check the token.</source>
        <translation>Überprüfe das Token.</translation>
    </message>
    <message>
        <source>Log in again with &quot;tuskline-cli login %1&quot;.</source>
        <translation>Melde dich mit „tuskline-cli login %1“ erneut an.</translation>
    </message>
    <message>
        <source>Run &quot;tuskline-cli --help&quot; for usage.</source>
        <translation>Rufe „tuskline-cli --help“ auf, um die Hilfe anzuzeigen.</translation>
    </message>
    <message>
        <source>Several accounts on %1 have a cache (%2); pick one with --account.</source>
        <translation>Mehrere Konten auf %1 haben einen Cache (%2); wähle eines mit --account aus.</translation>
    </message>
    <message>
        <source>Nothing from %1 is cached yet.</source>
        <translation>Von %1 ist noch nichts im Cache.</translation>
    </message>
    <message>
        <source>Could not check whom the token belongs to</source>
        <translation>Es konnte nicht geprüft werden, wem das Token gehört</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The disk is full; the cache of %1 cannot be written.</source>
        <translation>Der Datenträger ist voll; der Cache von %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The cache file %1 is read-only.</source>
        <translation>Die Cache-Datei %1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The cache file %1 is damaged or not a database (%2).</source>
        <translation>Die Cache-Datei %1 ist beschädigt oder keine Datenbank (%2).</translation>
    </message>
    <message>
        <source>The cache file %1 cannot be opened (%2).</source>
        <translation>Die Cache-Datei %1 kann nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>The cache %1 failed: %2</source>
        <translation>Fehler im Cache %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the cache.</source>
        <translation>Der Ordner %1 für den Cache kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The cache %1 cannot be written (journal mode %2).</source>
        <translation>Der Cache %1 kann nicht geschrieben werden (Journal-Modus %2).</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer version of Tuskline (schema %2, this version knows %3).</source>
        <translation>Der Cache %1 wurde von einer neueren Version von Tuskline geschrieben (Schema %2, diese Version kennt %3).</translation>
    </message>
    <message>
        <source>Upgrading the cache %1 to schema %2 failed: %3</source>
        <translation>Die Aktualisierung des Caches %1 auf Schema %2 ist fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>DeckColumn</name>
    <message>
        <source>Column %1: %2 of %3</source>
        <translation>Spalte %1: %2 von %3</translation>
    </message>
    <message>
        <source>Move column left</source>
        <translation>Spalte nach links verschieben</translation>
    </message>
    <message>
        <source>Move column right</source>
        <translation>Spalte nach rechts verschieben</translation>
    </message>
    <message>
        <source>Close column</source>
        <translation>Spalte schließen</translation>
    </message>
</context>
<context>
    <name>EditHistoryDialog</name>
    <message>
        <source>Original post by %1</source>
        <translation>Ursprünglicher Beitrag von %1</translation>
    </message>
    <message>
        <source>Edit by %1</source>
        <translation>Bearbeitung von %1</translation>
    </message>
    <message>
        <source>Content warning: %1</source>
        <translation>Inhaltswarnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n Anhang</numerusform>
            <numerusform>%n Anhänge</numerusform>
        </translation>
    </message>
    <message>
        <source>Poll: %1</source>
        <translation>Umfrage: %1</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Versions of this post, newest first</source>
        <translation>Versionen dieses Beitrags, neueste zuerst</translation>
    </message>
    <message>
        <source>Posted %1 (%2)</source>
        <translation>Veröffentlicht %1 (%2)</translation>
    </message>
    <message>
        <source>Edited %1 (%2)</source>
        <translation>Bearbeitet %1 (%2)</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
</context>
<context>
    <name>ExploreHome</name>
    <message>
        <source>Explore</source>
        <translation>Entdecken</translation>
    </message>
    <message>
        <source>Trending hashtags</source>
        <translation>Angesagte Hashtags</translation>
    </message>
    <message>
        <source>Hashtags you follow</source>
        <translation>Hashtags, denen du folgst</translation>
    </message>
    <message>
        <source>This server shows no trends.</source>
        <translation>Dieser Server zeigt keine Trends.</translation>
    </message>
    <message>
        <source>This server shows no trends, and you follow no hashtags yet.</source>
        <translation>Dieser Server zeigt keine Trends, und du folgst noch keinen Hashtags.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) recently</source>
        <translation>
            <numerusform>%n Beitrag in letzter Zeit</numerusform>
            <numerusform>%n Beiträge in letzter Zeit</numerusform>
        </translation>
    </message>
    <message>
        <source>Trending posts</source>
        <translation>Angesagte Beiträge</translation>
    </message>
    <message>
        <source>Recent posts on this server</source>
        <translation>Neueste Beiträge auf diesem Server</translation>
    </message>
    <message>
        <source>No posts yet.</source>
        <translation>Noch keine Beiträge.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>The passwords are not the same.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Log into your local instance</source>
        <translation>Bei deiner lokalen Instanz anmelden</translation>
    </message>
    <message>
        <source>Welcome to Tuskline</source>
        <translation>Willkommen bei Tuskline</translation>
    </message>
    <message>
        <source>Your own instance on this computer already has an account. Log in to it again.</source>
        <translation>Deine eigene Instanz auf diesem Computer hat bereits ein Konto. Melde dich erneut dort an.</translation>
    </message>
    <message>
        <source>Tuskline comes with your own small server on this computer. You can read and post right away, even without a network. Choose the account you will use there; you are asked only once.</source>
        <translation>Tuskline bringt deinen eigenen kleinen Server auf diesem Computer mit. Du kannst sofort lesen und Beiträge veröffentlichen, auch ohne Netzwerk. Wähle das Konto, das du dort verwenden wirst; du wirst nur einmal gefragt.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>e.g. alice</source>
        <translation>z. B. alice</translation>
    </message>
    <message>
        <source>Letters, digits and underscores</source>
        <translation>Buchstaben, Ziffern und Unterstriche</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>How others see your name</source>
        <translation>So sehen andere deinen Namen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Mindestens 8 Zeichen</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>There is no system keychain to keep your login safe on this computer (%1). Tuskline never writes logins to disk in plain text.</source>
        <translation>Auf diesem Computer gibt es keinen Schlüsselbund des Systems, der deine Anmeldung sicher aufbewahrt (%1). Tuskline schreibt Anmeldungen nie im Klartext auf die Festplatte.</translation>
    </message>
    <message>
        <source>Keep my login for this session only (I will log in again next time)</source>
        <translation>Anmeldung nur für diese Sitzung behalten (beim nächsten Mal melde ich mich erneut an)</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>Log into another server instead…</source>
        <translation>Stattdessen bei einem anderen Server anmelden …</translation>
    </message>
</context>
<context>
    <name>FollowedTagsPage</name>
    <message>
        <source>Followed tags</source>
        <translation>Gefolgte Hashtags</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>You follow no hashtags yet. Open a hashtag and follow it to see its posts in your home timeline.</source>
        <translation>Du folgst noch keinen Hashtags. Öffne einen Hashtag und folge ihm, um seine Beiträge in deiner Startseite zu sehen.</translation>
    </message>
    <message>
        <source>#%1, not followed</source>
        <translation>#%1, nicht gefolgt</translation>
    </message>
    <message>
        <source>Unfollow</source>
        <translation>Entfolgen</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Unfollow #%1</source>
        <translation>#%1 entfolgen</translation>
    </message>
    <message>
        <source>Follow #%1</source>
        <translation>#%1 folgen</translation>
    </message>
</context>
<context>
    <name>Formatter</name>
    <message>
        <source>unknown time</source>
        <translation>unbekannte Zeit</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1 Sek.</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>Attachments: %1%2</source>
        <translation>Anhänge: %1%2</translation>
    </message>
    <message>
        <source> (sensitive)</source>
        <translation> (mit Inhaltswarnung)</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message>
        <source>media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Poll (several choices):</source>
        <translation>Umfrage (mehrere Antworten möglich):</translation>
    </message>
    <message>
        <source>Poll:</source>
        <translation>Umfrage:</translation>
    </message>
    <message>
        <source> — %1%, votes: %2</source>
        <translation> — %1 %, Stimmen: %2</translation>
    </message>
    <message>
        <source>results hidden</source>
        <translation>Ergebnisse verborgen</translation>
    </message>
    <message>
        <source>votes: %1</source>
        <translation>Stimmen: %1</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>closes %1</source>
        <translation>endet %1</translation>
    </message>
    <message>
        <source>CW: %1</source>
        <translation>Inhaltswarnung: %1</translation>
    </message>
    <message>
        <source>Link: %1 &lt;%2&gt;</source>
        <translation>Link: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>⇄ @%1 boosted · %2</source>
        <translation>⇄ @%1 hat geteilt · %2</translation>
    </message>
    <message>
        <source>↳ in reply to %1</source>
        <translation>↳ Antwort auf %1</translation>
    </message>
    <message>
        <source>replies %1</source>
        <translation>Antworten %1</translation>
    </message>
    <message>
        <source>boosts %1</source>
        <translation>geteilt %1</translation>
    </message>
    <message>
        <source>favourites %1</source>
        <translation>Favoriten %1</translation>
    </message>
    <message>
        <source>favourited</source>
        <translation>favorisiert</translation>
    </message>
    <message>
        <source>boosted</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>als Lesezeichen gespeichert</translation>
    </message>
    <message>
        <source>you %1</source>
        <translation>von dir %1</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>boost id %1</source>
        <translation>Teilen-ID %1</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>geschützt</translation>
    </message>
    <message>
        <source>bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>posts %1</source>
        <translation>Beiträge %1</translation>
    </message>
    <message>
        <source>following %1</source>
        <translation>folgt %1</translation>
    </message>
    <message>
        <source>followers %1</source>
        <translation>Follower %1</translation>
    </message>
    <message>
        <source>you follow them</source>
        <translation>du folgst diesem Konto</translation>
    </message>
    <message>
        <source>follow requested</source>
        <translation>Follower-Anfrage gestellt</translation>
    </message>
    <message>
        <source>follows you</source>
        <translation>folgt dir</translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>%1 hat dich erwähnt</translation>
    </message>
    <message>
        <source>%1 posted</source>
        <translation>%1 hat etwas veröffentlicht</translation>
    </message>
    <message>
        <source>%1 boosted your post</source>
        <translation>%1 hat deinen Beitrag geteilt</translation>
    </message>
    <message>
        <source>%1 favourited your post</source>
        <translation>%1 hat deinen Beitrag favorisiert</translation>
    </message>
    <message>
        <source>%1 followed you</source>
        <translation>%1 folgt dir jetzt</translation>
    </message>
    <message>
        <source>%1 asked to follow you</source>
        <translation>%1 möchte dir folgen</translation>
    </message>
    <message>
        <source>A poll has ended (%1)</source>
        <translation>Eine Umfrage ist beendet (%1)</translation>
    </message>
    <message>
        <source>%1 edited a post</source>
        <translation>%1 hat einen Beitrag bearbeitet</translation>
    </message>
    <message>
        <source>%1 quoted your post</source>
        <translation>%1 hat deinen Beitrag zitiert</translation>
    </message>
    <message>
        <source>%1 signed up</source>
        <translation>%1 hat sich registriert</translation>
    </message>
    <message>
        <source>%1 filed a report</source>
        <translation>%1 hat eine Meldung eingereicht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>status id %1</source>
        <translation>Beitrags-ID %1</translation>
    </message>
    <message>
        <source>used %1 times recently</source>
        <translation>kürzlich %1-mal verwendet</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
</context>
<context>
    <name>GapDelegate</name>
    <message>
        <source>Loading missing posts…</source>
        <translation>Fehlende Beiträge werden geladen …</translation>
    </message>
    <message>
        <source>Load missing posts</source>
        <translation>Fehlende Beiträge laden</translation>
    </message>
</context>
<context>
    <name>IconButton</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image %1 of %2</source>
        <translation>Bild %1 von %2</translation>
    </message>
    <message>
        <source>Image without a description</source>
        <translation>Bild ohne Beschreibung</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Beschreibung: %1</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriges</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächstes</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ListMembersDialog</name>
    <message>
        <source>Members of “%1”</source>
        <translation>Mitglieder von „%1“</translation>
    </message>
    <message>
        <source>Add people you follow</source>
        <translation>Leute hinzufügen, denen du folgst</translation>
    </message>
    <message>
        <source>Search the accounts you follow</source>
        <translation>Konten durchsuchen, denen du folgst</translation>
    </message>
    <message>
        <source>Search the accounts you follow to add</source>
        <translation>Konten zum Hinzufügen durchsuchen, denen du folgst</translation>
    </message>
    <message>
        <source>Accounts you follow</source>
        <translation>Konten, denen du folgst</translation>
    </message>
    <message>
        <source>In this list</source>
        <translation>In dieser Liste</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 to the list</source>
        <translation>%1 zur Liste hinzufügen</translation>
    </message>
    <message>
        <source>None of the accounts you follow matches “%1”.</source>
        <translation>Keines der Konten, denen du folgst, passt zu „%1“.</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>Mitglieder (%1)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the list</source>
        <translation>%1 aus der Liste entfernen</translation>
    </message>
    <message>
        <source>No one is in this list yet.</source>
        <translation>Noch niemand ist in dieser Liste.</translation>
    </message>
    <message>
        <source>Enter adds the selected account, Delete removes the selected member, Esc closes.</source>
        <translation>Eingabe fügt das gewählte Konto hinzu, Entf entfernt das gewählte Mitglied, Esc schließt.</translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>New list name</source>
        <translation>Name der neuen Liste</translation>
    </message>
    <message>
        <source>Create list</source>
        <translation>Liste erstellen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>No lists yet. Name one above and press Enter.</source>
        <translation>Noch keine Listen. Gib oben einen Namen ein und drücke Enter.</translation>
    </message>
    <message>
        <source>New name for %1</source>
        <translation>Neuer Name für %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>Liste löschen</translation>
    </message>
    <message>
        <source>Delete the list “%1”? Its members are not unfollowed.</source>
        <translation>Die Liste „%1“ löschen? Du folgst ihren Mitgliedern weiterhin.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Mitglieder von %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Tuskline</source>
        <translation>Tuskline</translation>
    </message>
    <message>
        <source>%1 – Tuskline</source>
        <translation>%1 – Tuskline</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
</context>
<context>
    <name>MainView</name>
    <message>
        <source>Explore</source>
        <translation>Entdecken</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Followed tags</source>
        <translation>Gefolgte Hashtags</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Mein Profil</translation>
    </message>
    <message>
        <source>Direct messages</source>
        <translation>Direktnachrichten</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Zurück (Esc)</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <source>Shortcut: n</source>
        <translation>Tastenkürzel: n</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Add a column…</source>
        <translation>Spalte hinzufügen …</translation>
    </message>
    <message>
        <source>Add an account…</source>
        <translation>Konto hinzufügen …</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Members of this list</source>
        <translation>Mitglieder dieser Liste</translation>
    </message>
</context>
<context>
    <name>MediaGrid</name>
    <message>
        <source>Sensitive content</source>
        <translation>Sensibler Inhalt</translation>
    </message>
    <message>
        <source>Media without a description</source>
        <translation>Medien ohne Beschreibung</translation>
    </message>
    <message>
        <source>ALT</source>
        <translation>ALT</translation>
    </message>
    <message>
        <source>Hide media</source>
        <translation>Medien ausblenden</translation>
    </message>
</context>
<context>
    <name>NavigationPane</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Federated</source>
        <translation>Föderiert</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Entdecken</translation>
    </message>
    <message>
        <source>Direct messages</source>
        <translation>Direktnachrichten</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Followed tags</source>
        <translation>Gefolgte Hashtags</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Mein Profil</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n ungelesen</numerusform>
            <numerusform>%1, %n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Shortcut: %1</source>
        <translation>Tastenkürzel: %1</translation>
    </message>
</context>
<context>
    <name>NotificationHeader</name>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 und %n weiteres Konto</numerusform>
            <numerusform>%1 und %n weitere Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>%1 hat dich erwähnt</translation>
    </message>
    <message>
        <source>%1 favourited your post</source>
        <translation>%1 hat deinen Beitrag favorisiert</translation>
    </message>
    <message>
        <source>%1 boosted your post</source>
        <translation>%1 hat deinen Beitrag geteilt</translation>
    </message>
    <message>
        <source>%1 followed you</source>
        <translation>%1 folgt dir jetzt</translation>
    </message>
    <message>
        <source>%1 asked to follow you</source>
        <translation>%1 möchte dir folgen</translation>
    </message>
    <message>
        <source>A poll has ended</source>
        <translation>Eine Umfrage ist beendet</translation>
    </message>
    <message>
        <source>%1 posted</source>
        <translation>%1 hat etwas veröffentlicht</translation>
    </message>
    <message>
        <source>%1 edited a post</source>
        <translation>%1 hat einen Beitrag bearbeitet</translation>
    </message>
    <message>
        <source>%1 signed up</source>
        <translation>%1 hat sich registriert</translation>
    </message>
    <message>
        <source>%1 filed a report</source>
        <translation>%1 hat eine Meldung eingereicht</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Show notifications of type</source>
        <translation>Benachrichtigungen dieser Art anzeigen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Boosts</source>
        <translation>Geteilte Beiträge</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>Neue Follower</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation>Noch keine Benachrichtigungen.</translation>
    </message>
    <message>
        <source>No notifications of this type.</source>
        <translation>Keine Benachrichtigungen dieser Art.</translation>
    </message>
</context>
<context>
    <name>OAuth</name>
    <message>
        <source>Unknown application.</source>
        <translation>Unbekannte Anwendung.</translation>
    </message>
    <message>
        <source>The redirect URI is not registered for this application.</source>
        <translation>Die Weiterleitungs-URI ist für diese Anwendung nicht registriert.</translation>
    </message>
    <message>
        <source>Too many login attempts. Please wait a few minutes.</source>
        <translation>Zu viele Anmeldeversuche. Bitte warte ein paar Minuten.</translation>
    </message>
    <message>
        <source>Invalid login or password.</source>
        <translation>Benutzername oder Passwort ist ungültig.</translation>
    </message>
    <message>
        <source>Internal error.</source>
        <translation>Interner Fehler.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This view is not available in this version of Tuskline yet.</source>
        <translation>Diese Ansicht gibt es in dieser Version von Tuskline noch nicht.</translation>
    </message>
    <message>
        <source>Connecting to your account…</source>
        <translation>Verbindung zu deinem Konto wird hergestellt …</translation>
    </message>
</context>
<context>
    <name>PollView</name>
    <message>
        <source>Poll</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>%1%  %2</source>
        <translation>%1 %  %2</translation>
    </message>
    <message>
        <source>%1: %2 percent</source>
        <translation>%1: %2 Prozent</translation>
    </message>
    <message>
        <source>, your choice</source>
        <translation>, deine Wahl</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Abstimmen</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n Stimme</numerusform>
            <numerusform>%n Stimmen</numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation>beendet</translation>
    </message>
</context>
<context>
    <name>ProfileHeader</name>
    <message>
        <source>Profile of %1</source>
        <translation>Profil von %1</translation>
    </message>
    <message>
        <source>(bot)</source>
        <translation>(Bot)</translation>
    </message>
    <message>
        <source>Follows you</source>
        <translation>Folgt dir</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>wartet auf das Senden</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <source>Unmute %1</source>
        <translation>Stummschaltung von %1 aufheben</translation>
    </message>
    <message>
        <source>Mute %1</source>
        <translation>%1 stummschalten</translation>
    </message>
    <message>
        <source>Unblock %1</source>
        <translation>Blockierung von %1 aufheben</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>%1 blockieren</translation>
    </message>
    <message>
        <source>Copy link to profile</source>
        <translation>Link zum Profil kopieren</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>Ownership of this link was checked on %1</source>
        <translation>Die Inhaberschaft dieses Links wurde am %1 überprüft</translation>
    </message>
    <message>
        <source>%1 posts · %2 following · %3 followers</source>
        <translation>%1 Beiträge · %2 gefolgt · %3 Follower</translation>
    </message>
    <message>
        <source>approves followers</source>
        <translation>bestätigt Follower</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Profile of %1</source>
        <translation>Profil von %1</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Profile sections</source>
        <translation>Profilbereiche</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Posts and replies</source>
        <translation>Beiträge und Antworten</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Gefolgt</translation>
    </message>
    <message>
        <source>No media yet.</source>
        <translation>Noch keine Medien.</translation>
    </message>
    <message>
        <source>No posts yet.</source>
        <translation>Noch keine Beiträge.</translation>
    </message>
    <message>
        <source>Nobody here yet.</source>
        <translation>Hier ist noch niemand.</translation>
    </message>
</context>
<context>
    <name>QuotePreview</name>
    <message>
        <source>Quoted post by %1</source>
        <translation>Zitierter Beitrag von %1</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report account</source>
        <translation>Konto melden</translation>
    </message>
    <message>
        <source>Tell the moderators what is wrong. The account is not told who reported it.</source>
        <translation>Teile den Moderator*innen mit, was nicht stimmt. Das Konto erfährt nicht, wer es gemeldet hat.</translation>
    </message>
    <message>
        <source>Additional comments</source>
        <translation>Zusätzliche Kommentare</translation>
    </message>
    <message>
        <source>Comment for the moderators</source>
        <translation>Kommentar für die Moderator*innen</translation>
    </message>
    <message>
        <source>Also send to the account&apos;s own server</source>
        <translation>Auch an den Server des Kontos senden</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Meldung senden</translation>
    </message>
    <message>
        <source>There is no account to send the report with.</source>
        <translation>Es gibt kein Konto, mit dem die Meldung gesendet werden kann.</translation>
    </message>
    <message>
        <source>What is wrong?</source>
        <translation>Was ist das Problem?</translation>
    </message>
    <message>
        <source>It is spam</source>
        <translation>Es ist Spam</translation>
    </message>
    <message>
        <source>It is illegal</source>
        <translation>Es ist illegal</translation>
    </message>
    <message>
        <source>It breaks the server&apos;s rules</source>
        <translation>Es verstößt gegen die Regeln des Servers</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>Sending the report…</source>
        <translation>Meldung wird gesendet …</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Explore</source>
        <translation>Entdecken</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search accounts, hashtags and posts</source>
        <translation>Nach Konten, Hashtags und Beiträgen suchen</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nichts gefunden für „%1“.</translation>
    </message>
    <message>
        <source>Unfollow</source>
        <translation>Entfolgen</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Anfrage zurückziehen</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Kinds of results</source>
        <translation>Arten von Ergebnissen</translation>
    </message>
    <message>
        <source>Accounts (%1)</source>
        <translation>Konten (%1)</translation>
    </message>
    <message>
        <source>Hashtags (%1)</source>
        <translation>Hashtags (%1)</translation>
    </message>
    <message>
        <source>Posts (%1)</source>
        <translation>Beiträge (%1)</translation>
    </message>
    <message>
        <source>Accounts found</source>
        <translation>Gefundene Konten</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Gefolgt</translation>
    </message>
    <message>
        <source>Follow requested</source>
        <translation>Folgeanfrage gestellt</translation>
    </message>
    <message>
        <source>Hashtags found</source>
        <translation>Gefundene Hashtags</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) recently</source>
        <translation>
            <numerusform>%n Beitrag in letzter Zeit</numerusform>
            <numerusform>%n Beiträge in letzter Zeit</numerusform>
        </translation>
    </message>
    <message>
        <source>Unfollow #%1</source>
        <translation>#%1 entfolgen</translation>
    </message>
    <message>
        <source>Follow #%1</source>
        <translation>#%1 folgen</translation>
    </message>
    <message>
        <source>No posts found.</source>
        <translation>Keine Beiträge gefunden.</translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>Cannot open %1: %2
</source>
        <translation>%1 kann nicht geöffnet werden: %2
</translation>
    </message>
    <message>
        <source>Not an IP address: %1
</source>
        <translation>Keine IP-Adresse: %1
</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together.
</source>
        <translation>--tls-cert und --tls-key gehören zusammen.
</translation>
    </message>
    <message>
        <source>Listening on %1
</source>
        <translation>Lauscht auf %1
</translation>
    </message>
    <message>
        <source>Stopped.
</source>
        <translation>Beendet.
</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>Created %1 &lt;%2&gt;
</source>
        <translation>%1 &lt;%2&gt; angelegt
</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Neues Passwort für %1: </translation>
    </message>
    <message>
        <source>Password changed for %1
</source>
        <translation>Passwort für %1 geändert
</translation>
    </message>
    <message>
        <source>Usage:
  tuskline-server serve [--data DIR] [--listen HOST:PORT] [--public-url URL]
                        [--tls-cert CERT.pem --tls-key KEY.pem]
  tuskline-server user add NAME [--email ADDR] [--admin] [--data DIR]
  tuskline-server user list [--data DIR]
  tuskline-server reports [--all] [--data DIR]
  tuskline-server reports resolve ID [--data DIR]
  tuskline-server user passwd NAME [--data DIR]
  tuskline-server token NAME [--scopes &quot;read write follow push&quot;] [--data DIR]
Passwords are read from standard input.
</source>
        <translation>Verwendung:
  tuskline-server serve [--data DIR] [--listen HOST:PORT] [--public-url URL]
                        [--tls-cert CERT.pem --tls-key KEY.pem]
  tuskline-server user add NAME [--email ADDR] [--admin] [--data DIR]
  tuskline-server user list [--data DIR]
  tuskline-server reports [--all] [--data DIR]
  tuskline-server reports resolve ID [--data DIR]
  tuskline-server user passwd NAME [--data DIR]
  tuskline-server token NAME [--scopes &quot;read write follow push&quot;] [--data DIR]
Passwörter werden von der Standardeingabe gelesen.
</translation>
    </message>
    <message>
        <source>No open report %1.
</source>
        <translation>Keine offene Meldung %1.
</translation>
    </message>
    <message>
        <source>Report %1 resolved.
</source>
        <translation>Meldung %1 erledigt.
</translation>
    </message>
    <message>
        <source>No reports.
</source>
        <translation>Keine Meldungen.
</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>%1 reported %2 (%3)</source>
        <translation>%1 hat %2 gemeldet (%3)</translation>
    </message>
    <message>
        <source>posts: %1</source>
        <translation>Beiträge: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Run my own instance on this computer</source>
        <translation>Meine eigene Instanz auf diesem Computer ausführen</translation>
    </message>
    <message>
        <source>Started with --no-local: the local instance stays off this time.</source>
        <translation>Mit --no-local gestartet: Die lokale Instanz bleibt diesmal aus.</translation>
    </message>
    <message>
        <source>Running at %1 (only this computer can reach it).</source>
        <translation>Läuft unter %1 (nur dieser Computer kann sie erreichen).</translation>
    </message>
    <message>
        <source>Not running.</source>
        <translation>Läuft nicht.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Log out %1</source>
        <translation>%1 abmelden</translation>
    </message>
    <message>
        <source>Add an account…</source>
        <translation>Konto hinzufügen …</translation>
    </message>
    <message>
        <source>No system keychain: logins are kept for this session only.</source>
        <translation>Kein Schlüsselbund des Systems: Anmeldungen werden nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>No system keychain: logins cannot be kept.</source>
        <translation>Kein Schlüsselbund des Systems: Anmeldungen können nicht behalten werden.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation>Diese Liste anzeigen</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Backspace, Esc</source>
        <translation>Rücktaste, Esc</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Focus column 1 to 9</source>
        <translation>Spalte 1 bis 9 fokussieren</translation>
    </message>
    <message>
        <source>Switch to account 1 to 9</source>
        <translation>Zu Konto 1 bis 9 wechseln</translation>
    </message>
    <message>
        <source>Go to Home</source>
        <translation>Zur Startseite</translation>
    </message>
    <message>
        <source>Go to Notifications</source>
        <translation>Zu den Benachrichtigungen</translation>
    </message>
    <message>
        <source>Go to the local timeline</source>
        <translation>Zur lokalen Timeline</translation>
    </message>
    <message>
        <source>Go to the federated timeline</source>
        <translation>Zur föderierten Timeline</translation>
    </message>
    <message>
        <source>Go to direct messages</source>
        <translation>Zu den Direktnachrichten</translation>
    </message>
    <message>
        <source>Go to favourites</source>
        <translation>Zu den Favoriten</translation>
    </message>
    <message>
        <source>Go to bookmarks</source>
        <translation>Zu den Lesezeichen</translation>
    </message>
    <message>
        <source>Go to your profile</source>
        <translation>Zu deinem Profil</translation>
    </message>
    <message>
        <source>Next / previous post</source>
        <translation>Nächster / vorheriger Beitrag</translation>
    </message>
    <message>
        <source>Enter, o</source>
        <translation>Enter, o</translation>
    </message>
    <message>
        <source>Open the post&apos;s thread</source>
        <translation>Thread des Beitrags öffnen</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorisieren</translation>
    </message>
    <message>
        <source>Boost</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Mention the author</source>
        <translation>Verfasser*in erwähnen</translation>
    </message>
    <message>
        <source>Open the author&apos;s profile</source>
        <translation>Profil der Verfasser*in öffnen</translation>
    </message>
    <message>
        <source>Show or hide text behind a content warning</source>
        <translation>Text hinter einer Inhaltswarnung anzeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Show or hide media</source>
        <translation>Medien anzeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Open media</source>
        <translation>Medien öffnen</translation>
    </message>
    <message>
        <source>Send the post (in the editor)</source>
        <translation>Beitrag senden (im Editor)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StatusActionBar</name>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo boost</source>
        <translation>Nicht mehr teilen</translation>
    </message>
    <message>
        <source>Boost</source>
        <translation>Teilen</translation>
    </message>
    <message numerus="yes">
        <source>%n boost(s)</source>
        <translation>
            <numerusform>%n-mal geteilt</numerusform>
            <numerusform>%n-mal geteilt</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo favourite</source>
        <translation>Favorit entfernen</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorisieren</translation>
    </message>
    <message numerus="yes">
        <source>%n favourite(s)</source>
        <translation>
            <numerusform>%n Favorit</numerusform>
            <numerusform>%n Favoriten</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>Lesezeichen entfernen</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Lesezeichen setzen</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
</context>
<context>
    <name>StatusDelegate</name>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>Nicht gelistet</translation>
    </message>
    <message>
        <source>Followers only</source>
        <translation>Nur für Follower</translation>
    </message>
    <message>
        <source>Mentioned people only</source>
        <translation>Nur für erwähnte Profile</translation>
    </message>
    <message>
        <source>Filtered post: %1</source>
        <translation>Gefilterter Beitrag: %1</translation>
    </message>
    <message>
        <source>Enter opens the thread, f favourites, b boosts, r replies, x shows the content warning, Menu key for more actions</source>
        <translation>Enter öffnet den Thread, f favorisiert, b teilt, r antwortet, x zeigt den Inhalt hinter der Inhaltswarnung, Menütaste für weitere Aktionen</translation>
    </message>
    <message>
        <source>Filtered: %1</source>
        <translation>Gefiltert: %1</translation>
    </message>
    <message>
        <source>Show anyway</source>
        <translation>Trotzdem anzeigen</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation>Bearbeitet %1</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Weniger anzeigen</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Mehr anzeigen</translation>
    </message>
    <message>
        <source>Waiting to be sent…</source>
        <translation>Wartet auf das Senden …</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>%1 boosted</source>
        <translation>%1 hat geteilt</translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <translation>Antwort an %1</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>StatusHeader</name>
    <message>
        <source>Edited %1, show edit history</source>
        <translation>Bearbeitet %1, Bearbeitungsverlauf anzeigen</translation>
    </message>
</context>
<context>
    <name>StatusMenu</name>
    <message>
        <source>Open thread</source>
        <translation>Thread öffnen</translation>
    </message>
    <message>
        <source>Open profile of %1</source>
        <translation>Profil von %1 öffnen</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Mention %1</source>
        <translation>%1 erwähnen</translation>
    </message>
    <message>
        <source>Undo boost</source>
        <translation>Nicht mehr teilen</translation>
    </message>
    <message>
        <source>Boost</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Undo favourite</source>
        <translation>Favorit entfernen</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorisieren</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>Lesezeichen entfernen</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Lesezeichen setzen</translation>
    </message>
    <message>
        <source>Hide content</source>
        <translation>Inhalt ausblenden</translation>
    </message>
    <message>
        <source>Show content</source>
        <translation>Inhalt anzeigen</translation>
    </message>
    <message>
        <source>Show or hide media</source>
        <translation>Medien anzeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Open media</source>
        <translation>Medien öffnen</translation>
    </message>
    <message>
        <source>Copy link to post</source>
        <translation>Link zum Beitrag kopieren</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Links in this post</source>
        <translation>Links in diesem Beitrag</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete and redraft</source>
        <translation>Löschen und neu verfassen</translation>
    </message>
    <message>
        <source>Mute %1</source>
        <translation>%1 stummschalten</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>%1 blockieren</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>%1 melden</translation>
    </message>
    <message>
        <source>Show edit history</source>
        <translation>Bearbeitungsverlauf anzeigen</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>%1 (%2) wrote</source>
        <translation>%1 (%2) schrieb</translation>
    </message>
    <message>
        <source>%1 boosted %2 (%3)</source>
        <translation>%1 hat %2 (%3) geteilt</translation>
    </message>
    <message>
        <source>in reply to %1</source>
        <translation>als Antwort auf %1</translation>
    </message>
    <message>
        <source>Content warning: %1</source>
        <translation>Inhaltswarnung: %1</translation>
    </message>
    <message>
        <source>no description</source>
        <translation>keine Beschreibung</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s): %1</source>
        <translation>
            <numerusform>%n Anhang: %1</numerusform>
            <numerusform>%n Anhänge: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Poll with %n option(s): %1</source>
        <translation>
            <numerusform>Umfrage mit %n Option: %1</numerusform>
            <numerusform>Umfrage mit %n Optionen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Quoting %1</source>
        <translation>Zitiert %1</translation>
    </message>
    <message>
        <source>posted %1, %2</source>
        <translation>veröffentlicht %1, %2</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n boost(s)</source>
        <translation>
            <numerusform>%n-mal geteilt</numerusform>
            <numerusform>%n-mal geteilt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n favourite(s)</source>
        <translation>
            <numerusform>%n Favorit</numerusform>
            <numerusform>%n Favoriten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 und %n weiteres Konto</numerusform>
            <numerusform>%1 und %n weitere Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 favourited your post</source>
        <translation>%1 hat deinen Beitrag favorisiert</translation>
    </message>
    <message>
        <source>%1 boosted your post</source>
        <translation>%1 hat deinen Beitrag geteilt</translation>
    </message>
    <message>
        <source>%1 followed you</source>
        <translation>%1 folgt dir jetzt</translation>
    </message>
    <message>
        <source>%1 asked to follow you</source>
        <translation>%1 möchte dir folgen</translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>%1 hat dich erwähnt</translation>
    </message>
    <message>
        <source>A poll has ended</source>
        <translation>Eine Umfrage ist beendet</translation>
    </message>
    <message>
        <source>%1 posted</source>
        <translation>%1 hat etwas veröffentlicht</translation>
    </message>
    <message>
        <source>%1 edited a post</source>
        <translation>%1 hat einen Beitrag bearbeitet</translation>
    </message>
    <message>
        <source>Notification from %1</source>
        <translation>Benachrichtigung von %1</translation>
    </message>
</context>
<context>
    <name>ThreadPage</name>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Unterhaltung wird geladen …</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Nothing here yet.</source>
        <translation>Hier ist noch nichts.</translation>
    </message>
    <message numerus="yes">
        <source>%n new post(s)</source>
        <translation>
            <numerusform>%n neuer Beitrag</numerusform>
            <numerusform>%n neue Beiträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop Mastodon client</source>
        <translation>Mastodon-Client für den Desktop</translation>
    </message>
    <message>
        <source>Do not start the local instance this time.</source>
        <translation>Die lokale Instanz diesmal nicht starten.</translation>
    </message>
    <message>
        <source>Run &quot;tuskline-cli --help&quot; for usage.
</source>
        <translation>Rufe „tuskline-cli --help“ auf, um die Hilfe anzuzeigen.
</translation>
    </message>
    <message>
        <source>There is no command &quot;%1&quot;.
</source>
        <translation>Es gibt keinen Befehl „%1“.
</translation>
    </message>
    <message>
        <source>--%1 is not an option of %2.
</source>
        <translation>--%1 ist keine Option von %2.
</translation>
    </message>
</context>
<context>
    <name>tusk::app::AppController</name>
    <message>
        <source>Your accounts could not be read: %1</source>
        <translation>Deine Konten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Your local instance is not running.</source>
        <translation>Deine lokale Instanz läuft nicht.</translation>
    </message>
    <message>
        <source>There is no system keychain to keep your login in. Allow Tuskline to keep it for this session only, or set up a keychain and start again.</source>
        <translation>Es gibt keinen Schlüsselbund des Systems, in dem deine Anmeldung aufbewahrt werden kann. Erlaube Tuskline, sie nur für diese Sitzung zu behalten, oder richte einen Schlüsselbund ein und starte erneut.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. Type something like mastodon.social.</source>
        <translation>„%1“ ist keine Serveradresse. Gib etwas wie mastodon.social ein.</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>Server wird kontaktiert …</translation>
    </message>
    <message>
        <source>Registering Tuskline with the server…</source>
        <translation>Tuskline wird beim Server registriert …</translation>
    </message>
    <message>
        <source>Waiting for you to approve in the browser…</source>
        <translation>Warte auf deine Zustimmung im Browser …</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Saving your login…</source>
        <translation>Deine Anmeldung wird gespeichert …</translation>
    </message>
    <message>
        <source>There is no account to post with.</source>
        <translation>Es gibt kein Konto, mit dem du veröffentlichen kannst.</translation>
    </message>
    <message>
        <source>The post could not be queued.</source>
        <translation>Der Beitrag konnte nicht in die Warteschlange gestellt werden.</translation>
    </message>
    <message>
        <source>Posted.</source>
        <translation>Veröffentlicht.</translation>
    </message>
    <message>
        <source>Could not post: %1</source>
        <translation>Veröffentlichen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Report sent to the moderators.</source>
        <translation>Meldung an die Moderator*innen gesendet.</translation>
    </message>
    <message>
        <source>The report could not be sent: %1</source>
        <translation>Die Meldung konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Federated</source>
        <translation>Föderiert</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Direct messages</source>
        <translation>Direktnachrichten</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
</context>
<context>
    <name>tusk::app::LocalAuthorizer</name>
    <message>
        <source>Your local instance did not accept the username and password.</source>
        <translation>Deine lokale Instanz hat Benutzername und Passwort nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Too many login attempts. Please wait a few minutes.</source>
        <translation>Zu viele Anmeldeversuche. Bitte warte ein paar Minuten.</translation>
    </message>
    <message>
        <source>Your local instance refused the login (HTTP %1).</source>
        <translation>Deine lokale Instanz hat die Anmeldung abgelehnt (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>tusk::app::LocalInstance</name>
    <message>
        <source>Could not create the folder %1 for your local instance.</source>
        <translation>Der Ordner %1 für deine lokale Instanz konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Your local instance could not open its data: %1</source>
        <translation>Deine lokale Instanz konnte ihre Daten nicht öffnen: %1</translation>
    </message>
    <message>
        <source>Your local instance could not use port %1 (%2). Another program may be using it; close it and start Tuskline again.</source>
        <translation>Deine lokale Instanz konnte Port %1 nicht verwenden (%2). Vielleicht verwendet ihn ein anderes Programm; schließe es und starte Tuskline erneut.</translation>
    </message>
    <message>
        <source>Your local instance could not start: %1</source>
        <translation>Deine lokale Instanz konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>A username is 1 to 30 letters, digits or underscores.</source>
        <translation>Ein Benutzername besteht aus 1 bis 30 Buchstaben, Ziffern oder Unterstrichen.</translation>
    </message>
    <message>
        <source>Your local instance is not running.</source>
        <translation>Deine lokale Instanz läuft nicht.</translation>
    </message>
</context>
<context>
    <name>tusk::auth::AccountManager</name>
    <message>
        <source>The saved login for this account is gone. Please log in again.</source>
        <translation>Die gespeicherte Anmeldung für dieses Konto ist nicht mehr vorhanden. Bitte melde dich erneut an.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Es gibt kein Konto %1.</translation>
    </message>
    <message>
        <source>The server could not be told to forget the login (%1); it was removed from this computer.</source>
        <translation>Der Server konnte nicht angewiesen werden, die Anmeldung zu vergessen (%1); sie wurde von diesem Computer entfernt.</translation>
    </message>
</context>
<context>
    <name>tusk::auth::AccountStore</name>
    <message>
        <source>Could not read the account list %1: %2</source>
        <translation>Die Kontenliste %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The account list %1 is damaged (%2).</source>
        <translation>Die Kontenliste %1 ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>Could not save the account list %1: %2</source>
        <translation>Die Kontenliste %1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>tusk::auth::LoopbackListener</name>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>tusk::auth::OAuthLogin</name>
    <message>
        <source>The login was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. Enter something like https://mastodon.social.</source>
        <translation>„%1“ ist keine Serveradresse. Gib etwas wie https://mastodon.social ein.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Could not open a local port for the login redirect.</source>
        <translation>Für die Weiterleitung bei der Anmeldung konnte kein lokaler Port geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 did not accept Tuskline as an app: %2</source>
        <translation>%1 hat Tuskline nicht als App akzeptiert: %2</translation>
    </message>
    <message>
        <source>%1 registered Tuskline but sent no client credentials.</source>
        <translation>%1 hat Tuskline registriert, aber keine Client-Zugangsdaten gesendet.</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nichts zu tun</translation>
    </message>
    <message>
        <source>This login has already finished. You can close this tab.</source>
        <translation>Diese Anmeldung ist bereits abgeschlossen. Du kannst diesen Tab schließen.</translation>
    </message>
    <message>
        <source>The answer from the browser did not belong to this login (state mismatch). Please try logging in again.</source>
        <translation>Die Antwort vom Browser gehörte nicht zu dieser Anmeldung (state stimmt nicht überein). Bitte versuche erneut, dich anzumelden.</translation>
    </message>
    <message>
        <source>Login not accepted</source>
        <translation>Anmeldung nicht akzeptiert</translation>
    </message>
    <message>
        <source>This answer did not match the login Tuskline started. Please try again from Tuskline.</source>
        <translation>Diese Antwort passt nicht zu der Anmeldung, die Tuskline gestartet hat. Bitte versuche es erneut aus Tuskline heraus.</translation>
    </message>
    <message>
        <source>You denied Tuskline access to your account.</source>
        <translation>Du hast Tuskline den Zugriff auf dein Konto verweigert.</translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation>Der Server hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Login cancelled</source>
        <translation>Anmeldung abgebrochen</translation>
    </message>
    <message>
        <source>You can close this tab.</source>
        <translation>Du kannst diesen Tab schließen.</translation>
    </message>
    <message>
        <source>The server sent no login code.</source>
        <translation>Der Server hat keinen Anmeldecode gesendet.</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The server sent no login code. Please try again.</source>
        <translation>Der Server hat keinen Anmeldecode gesendet. Bitte versuche es erneut.</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Tuskline received your login. You can close this tab and return to Tuskline.</source>
        <translation>Tuskline hat deine Anmeldung erhalten. Du kannst diesen Tab schließen und zu Tuskline zurückkehren.</translation>
    </message>
    <message>
        <source>No login code was entered.</source>
        <translation>Es wurde kein Anmeldecode eingegeben.</translation>
    </message>
    <message>
        <source>%1 did not accept the login code: %2</source>
        <translation>%1 hat den Anmeldecode nicht akzeptiert: %2</translation>
    </message>
    <message>
        <source>%1 sent no access token.</source>
        <translation>%1 hat kein Zugriffstoken gesendet.</translation>
    </message>
    <message>
        <source>Logged in, but %1 would not show the account: %2</source>
        <translation>Angemeldet, aber %1 hat das Konto nicht angezeigt: %2</translation>
    </message>
</context>
<context>
    <name>tusk::auth::TokenStore</name>
    <message>
        <source>No saved login was found in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems wurde keine gespeicherte Anmeldung gefunden.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so your login cannot be saved securely (%1). Install and unlock a keychain such as GNOME Keyring or KWallet, or allow Tuskline to keep the login for this session only.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, daher kann deine Anmeldung nicht sicher gespeichert werden (%1). Installiere und entsperre einen Schlüsselbund wie GNOME Keyring oder KWallet oder erlaube Tuskline, die Anmeldung nur für diese Sitzung zu behalten.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused (%1).</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert (%1).</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>The system keychain is not available: your login is kept for this session only and you will need to log in again next time.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar: Deine Anmeldung wird nur für diese Sitzung behalten und du musst dich beim nächsten Mal erneut anmelden.</translation>
    </message>
</context>
<context>
    <name>tusk::cache::QueueRunner</name>
    <message>
        <source>The post this refers to could not be sent.</source>
        <translation>Der Beitrag, auf den sich das bezieht, konnte nicht gesendet werden.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Unknown queued action.</source>
        <translation>Unbekannte Aktion in der Warteschlange.</translation>
    </message>
</context>
<context>
    <name>tusk::cache::TimelineCache</name>
    <message>
        <source>The timeline cache could not be written.</source>
        <translation>Der Timeline-Cache konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>tusk::cache::TimelineLoader</name>
    <message>
        <source>The timeline could not be saved.</source>
        <translation>Die Timeline konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>tusk::cli</name>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Unbekannte Option --%1.</translation>
    </message>
    <message>
        <source>Option --%1 needs a value.</source>
        <translation>Die Option --%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>Option --%1 takes no value.</source>
        <translation>Die Option --%1 erwartet keinen Wert.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <source>login needs the server address, e.g. tuskline-cli login https://mastodon.example</source>
        <translation>login braucht die Serveradresse, z. B. tuskline-cli login https://mastodon.example</translation>
    </message>
    <message>
        <source>%1 is not a server address.</source>
        <translation>%1 ist keine Serveradresse.</translation>
    </message>
    <message>
        <source>Could not reach %1</source>
        <translation>%1 ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Open this address in a browser, log in and approve Tuskline; then paste the code the server shows:</source>
        <translation>Öffne diese Adresse in einem Browser, melde dich an und erlaube Tuskline den Zugriff; füge dann den Code ein, den der Server anzeigt:</translation>
    </message>
    <message>
        <source>Open this address in a browser to log in (waiting for the answer):</source>
        <translation>Öffne diese Adresse in einem Browser, um dich anzumelden (warte auf die Antwort):</translation>
    </message>
    <message>
        <source>No code was given; not logged in.</source>
        <translation>Es wurde kein Code angegeben; nicht angemeldet.</translation>
    </message>
    <message>
        <source>The login was not completed in time.</source>
        <translation>Die Anmeldung wurde nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Logged in as @%1 on %2; this is now the default account.</source>
        <translation>Als @%1 auf %2 angemeldet; das ist jetzt das Standardkonto.</translation>
    </message>
    <message>
        <source>accounts takes no arguments.</source>
        <translation>accounts erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>There is no stored account %1.</source>
        <translation>Es gibt kein gespeichertes Konto %1.</translation>
    </message>
    <message>
        <source>%1 is now the default account.</source>
        <translation>%1 ist jetzt das Standardkonto.</translation>
    </message>
    <message>
        <source>No accounts. Log in with &quot;tuskline-cli login URL&quot;.</source>
        <translation>Keine Konten. Melde dich mit „tuskline-cli login URL“ an.</translation>
    </message>
    <message>
        <source>logout takes at most one account.</source>
        <translation>logout erwartet höchstens ein Konto.</translation>
    </message>
    <message>
        <source>No account is logged in.</source>
        <translation>Es ist kein Konto angemeldet.</translation>
    </message>
    <message>
        <source>Logging out did not finish in time.</source>
        <translation>Die Abmeldung wurde nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <source>Could not log out completely: %1</source>
        <translation>Die Abmeldung war nicht vollständig: %1</translation>
    </message>
    <message>
        <source>Logged out of %1.</source>
        <translation>Von %1 abgemeldet.</translation>
    </message>
    <message>
        <source>whoami takes no arguments.</source>
        <translation>whoami erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>Could not fetch your account</source>
        <translation>Dein Konto konnte nicht abgerufen werden</translation>
    </message>
    <message>
        <source>instance takes no arguments.</source>
        <translation>instance erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>Could not read what the server is</source>
        <translation>Die Angaben des Servers zu sich selbst konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The server&apos;s description of itself is unusable (%1).</source>
        <translation>Die Selbstbeschreibung des Servers ist unbrauchbar (%1).</translation>
    </message>
    <message>
        <source>  software: %1 %2 (Mastodon API %3)</source>
        <translation>  Software: %1 %2 (Mastodon-API %3)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>  posts: up to %1 characters, %2 attachments, polls of %3 options</source>
        <translation>  Beiträge: bis zu %1 Zeichen, %2 Anhänge, Umfragen mit %3 Optionen</translation>
    </message>
    <message>
        <source>  features: %1</source>
        <translation>  Funktionen: %1</translation>
    </message>
    <message>
        <source>  streaming: %1</source>
        <translation>  Streaming: %1</translation>
    </message>
    <message>
        <source>Which account? Give user or user@host.</source>
        <translation>Welches Konto? Gib benutzer oder benutzer@server an.</translation>
    </message>
    <message>
        <source>Could not look up %1</source>
        <translation>%1 konnte nicht nachgeschlagen werden</translation>
    </message>
    <message>
        <source>Could not find %1</source>
        <translation>%1 konnte nicht gefunden werden</translation>
    </message>
    <message>
        <source>No account %1 was found.</source>
        <translation>Es wurde kein Konto %1 gefunden.</translation>
    </message>
    <message>
        <source>%1 needs an account: user or user@host.</source>
        <translation>%1 braucht ein Konto: benutzer oder benutzer@server.</translation>
    </message>
    <message>
        <source>Could not %1 @%2</source>
        <translation>„%1“ für @%2 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>You no longer follow @%1.</source>
        <translation>Du folgst @%1 nicht mehr.</translation>
    </message>
    <message>
        <source>You now follow @%1.</source>
        <translation>Du folgst jetzt @%1.</translation>
    </message>
    <message>
        <source>Asked @%1 to approve your follow request.</source>
        <translation>@%1 wurde gebeten, deine Follower-Anfrage zu bestätigen.</translation>
    </message>
    <message>
        <source>The server did not confirm following @%1.</source>
        <translation>Der Server hat nicht bestätigt, dass du @%1 folgst.</translation>
    </message>
    <message>
        <source>search needs something to search for.</source>
        <translation>search braucht einen Suchbegriff.</translation>
    </message>
    <message>
        <source>--type is one of accounts, statuses, hashtags.</source>
        <translation>--type muss accounts, statuses oder hashtags sein.</translation>
    </message>
    <message>
        <source>Could not search</source>
        <translation>Die Suche ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not load %1</source>
        <translation>„%1“ konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Hier ist nichts.</translation>
    </message>
    <message>
        <source>timeline tag needs a hashtag.</source>
        <translation>timeline tag braucht einen Hashtag.</translation>
    </message>
    <message>
        <source>timeline needs one of: home, local, public, tag NAME, list ID.</source>
        <translation>timeline braucht eines von: home, local, public, tag NAME, list ID.</translation>
    </message>
    <message>
        <source>notifications takes no arguments.</source>
        <translation>notifications erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>The cache of %1 cannot be read: %2</source>
        <translation>Der Cache von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not in the cached %2.</source>
        <translation>%1 ist nicht im Cache von %2.</translation>
    </message>
    <message>
        <source>(Some posts here were never loaded; they are not in the cache.)</source>
        <translation>(Einige Beiträge hier wurden nie geladen; sie sind nicht im Cache.)</translation>
    </message>
    <message>
        <source>Nothing cached here.</source>
        <translation>Hier ist nichts im Cache.</translation>
    </message>
    <message>
        <source>Post %1 is not in the cache.</source>
        <translation>Beitrag %1 ist nicht im Cache.</translation>
    </message>
    <message>
        <source>(Only the post is cached, not its thread.)</source>
        <translation>(Nur der Beitrag ist im Cache, nicht sein Thread.)</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>queue %1 needs the number of an action (see &quot;tuskline-cli queue&quot;).</source>
        <translation>queue %1 braucht die Nummer einer Aktion (siehe „tuskline-cli queue“).</translation>
    </message>
    <message>
        <source>Sent #%1.</source>
        <translation>#%1 gesendet.</translation>
    </message>
    <message>
        <source>The server refused #%1: %2</source>
        <translation>Der Server hat #%1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>The server refused the login; #%1 stays queued.</source>
        <translation>Der Server hat die Anmeldung abgelehnt; #%1 bleibt in der Warteschlange.</translation>
    </message>
    <message>
        <source>Could not reach the server; #%1 stays queued%2</source>
        <translation>Der Server ist nicht erreichbar; #%1 bleibt in der Warteschlange%2</translation>
    </message>
    <message>
        <source>queue takes nothing, or retry SEQ, or drop SEQ.</source>
        <translation>queue erwartet nichts, oder retry SEQ, oder drop SEQ.</translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>Nichts wartet auf das Senden.</translation>
    </message>
    <message>
        <source>There is no action #%1 in the queue.</source>
        <translation>In der Warteschlange gibt es keine Aktion #%1.</translation>
    </message>
    <message>
        <source>#%1 was already sent.</source>
        <translation>#%1 wurde bereits gesendet.</translation>
    </message>
    <message>
        <source>#%1 is being sent right now; try again.</source>
        <translation>#%1 wird gerade gesendet; versuche es noch einmal.</translation>
    </message>
    <message>
        <source>Dropped #%1 (%2).</source>
        <translation>#%1 verworfen (%2).</translation>
    </message>
    <message>
        <source>#%1 could not be put back in the queue.</source>
        <translation>#%1 konnte nicht wieder in die Warteschlange gestellt werden.</translation>
    </message>
    <message>
        <source>This server can only search for accounts.</source>
        <translation>Dieser Server kann nur nach Konten suchen.</translation>
    </message>
    <message>
        <source>stream needs one of: user, public, local, tag NAME, list ID.</source>
        <translation>stream braucht eines von: user, public, local, tag NAME, list ID.</translation>
    </message>
    <message>
        <source>Connected; waiting for events (%1).</source>
        <translation>Verbunden; warte auf Ereignisse (%1).</translation>
    </message>
    <message>
        <source>Reconnected.</source>
        <translation>Wieder verbunden.</translation>
    </message>
    <message>
        <source>Could not connect to the streaming server at %1.</source>
        <translation>Keine Verbindung zum Streaming-Server unter %1 möglich.</translation>
    </message>
    <message>
        <source>The stream dropped; reconnecting…</source>
        <translation>Der Stream ist abgebrochen; verbinde neu …</translation>
    </message>
    <message>
        <source>The server refused the login for streaming. Check the token or log in again.</source>
        <translation>Der Server hat die Anmeldung für das Streaming abgelehnt. Überprüfe das Token oder melde dich erneut an.</translation>
    </message>
    <message>
        <source>Streaming error %1: %2</source>
        <translation>Streaming-Fehler %1: %2</translation>
    </message>
    <message>
        <source>Streaming error: %1</source>
        <translation>Streaming-Fehler: %1</translation>
    </message>
    <message>
        <source>[edited]</source>
        <translation>[bearbeitet]</translation>
    </message>
    <message>
        <source>[deleted] id %1</source>
        <translation>[gelöscht] ID %1</translation>
    </message>
</context>
<context>
    <name>tusk::cli::Cached</name>
    <message numerus="yes">
        <source>(%n attempt(s))</source>
        <translation>
            <numerusform>(%n Versuch)</numerusform>
            <numerusform>(%n Versuche)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tusk::cli::Command</name>
    <message>
        <source>login URL [--oob] [--no-browser]</source>
        <translation>login URL [--oob] [--no-browser]</translation>
    </message>
    <message>
        <source>Log in to a server in the browser. Without --oob a local port receives the answer; with --oob paste the code the server shows.</source>
        <translation>Im Browser bei einem Server anmelden. Ohne --oob empfängt ein lokaler Port die Antwort; mit --oob fügst du den Code ein, den der Server anzeigt.</translation>
    </message>
    <message>
        <source>accounts [--set-default ACCT]</source>
        <translation>accounts [--set-default ACCT]</translation>
    </message>
    <message>
        <source>List the stored accounts; * marks the default one.</source>
        <translation>Die gespeicherten Konten auflisten; * kennzeichnet das Standardkonto.</translation>
    </message>
    <message>
        <source>logout [ACCT]</source>
        <translation>logout [ACCT]</translation>
    </message>
    <message>
        <source>Revoke the login on the server and forget the account here.</source>
        <translation>Die Anmeldung auf dem Server widerrufen und das Konto hier vergessen.</translation>
    </message>
    <message>
        <source>whoami</source>
        <translation>whoami</translation>
    </message>
    <message>
        <source>Show the account the login belongs to.</source>
        <translation>Das Konto anzeigen, zu dem die Anmeldung gehört.</translation>
    </message>
    <message>
        <source>post TEXT|- [--cw TEXT] [--visibility public|unlisted|private|direct] [--language L] [--media FILE [--alt TEXT]]... [--sensitive] [--reply-to ID] [--poll OPTION]... [--poll-expires SECONDS] [--poll-multiple]</source>
        <translation>post TEXT|- [--cw TEXT] [--visibility public|unlisted|private|direct] [--language L] [--media FILE [--alt TEXT]]... [--sensitive] [--reply-to ID] [--poll OPTION]... [--poll-expires SECONDS] [--poll-multiple]</translation>
    </message>
    <message>
        <source>Publish a post (&quot;-&quot; reads it from stdin).</source>
        <translation>Einen Beitrag veröffentlichen („-“ liest ihn von stdin).</translation>
    </message>
    <message>
        <source>Show notifications, newest first.</source>
        <translation>Benachrichtigungen anzeigen, neueste zuerst.</translation>
    </message>
    <message>
        <source>fav ID</source>
        <translation>fav ID</translation>
    </message>
    <message>
        <source>Favourite a post.</source>
        <translation>Einen Beitrag favorisieren.</translation>
    </message>
    <message>
        <source>unfav ID</source>
        <translation>unfav ID</translation>
    </message>
    <message>
        <source>Take a favourite back.</source>
        <translation>Einen Favoriten zurücknehmen.</translation>
    </message>
    <message>
        <source>boost ID</source>
        <translation>boost ID</translation>
    </message>
    <message>
        <source>Boost a post.</source>
        <translation>Einen Beitrag teilen.</translation>
    </message>
    <message>
        <source>unboost ID</source>
        <translation>unboost ID</translation>
    </message>
    <message>
        <source>Take a boost back.</source>
        <translation>Das Teilen eines Beitrags zurücknehmen.</translation>
    </message>
    <message>
        <source>bookmark ID</source>
        <translation>bookmark ID</translation>
    </message>
    <message>
        <source>Bookmark a post.</source>
        <translation>Ein Lesezeichen für einen Beitrag setzen.</translation>
    </message>
    <message>
        <source>unbookmark ID</source>
        <translation>unbookmark ID</translation>
    </message>
    <message>
        <source>Remove a bookmark.</source>
        <translation>Ein Lesezeichen entfernen.</translation>
    </message>
    <message>
        <source>follow ACCT</source>
        <translation>follow ACCT</translation>
    </message>
    <message>
        <source>Follow an account (user or user@host).</source>
        <translation>Einem Konto folgen (benutzer oder benutzer@server).</translation>
    </message>
    <message>
        <source>unfollow ACCT</source>
        <translation>unfollow ACCT</translation>
    </message>
    <message>
        <source>Stop following an account.</source>
        <translation>Einem Konto nicht mehr folgen.</translation>
    </message>
    <message>
        <source>search QUERY [--type accounts|statuses|hashtags] [--resolve] [--limit N]</source>
        <translation>search QUERY [--type accounts|statuses|hashtags] [--resolve] [--limit N]</translation>
    </message>
    <message>
        <source>Search accounts, hashtags and posts.</source>
        <translation>Nach Konten, Hashtags und Beiträgen suchen.</translation>
    </message>
    <message>
        <source>instance</source>
        <translation>instance</translation>
    </message>
    <message>
        <source>Show what the server is and what it supports (no login needed).</source>
        <translation>Anzeigen, was für ein Server das ist und was er unterstützt (keine Anmeldung nötig).</translation>
    </message>
    <message>
        <source>--%1 needs a number from %2 to %3.</source>
        <translation>--%1 braucht eine Zahl von %2 bis %3.</translation>
    </message>
    <message>
        <source>timeline home|local|public|tag NAME|list ID [--limit N] [--max-id ID] [--all] [--cached]</source>
        <translation>timeline home|local|public|tag NAME|list ID [--limit N] [--max-id ID] [--all] [--cached]</translation>
    </message>
    <message>
        <source>Show a timeline, newest first; --all follows the pages to the end. --cached reads what the app has cached, without the server.</source>
        <translation>Eine Timeline anzeigen, neueste zuerst; --all folgt den Seiten bis zum Ende. --cached liest, was die App im Cache hat, ohne den Server.</translation>
    </message>
    <message>
        <source>notifications [--limit N] [--max-id ID] [--all] [--cached]</source>
        <translation>notifications [--limit N] [--max-id ID] [--all] [--cached]</translation>
    </message>
    <message>
        <source>thread ID [--cached]</source>
        <translation>thread ID [--cached]</translation>
    </message>
    <message>
        <source>Show a post with what it replies to and the replies (--cached: as far as the app has it cached).</source>
        <translation>Einen Beitrag mit dem, worauf er antwortet, und den Antworten anzeigen (--cached: soweit die App ihn im Cache hat).</translation>
    </message>
    <message>
        <source>stream user|public|local|tag NAME|list ID [--limit N]</source>
        <translation>stream user|public|local|tag NAME|list ID [--limit N]</translation>
    </message>
    <message>
        <source>Show live events until Ctrl+C (or N events); reconnects by itself.</source>
        <translation>Live-Ereignisse bis Strg+C (oder N Ereignisse) anzeigen; verbindet sich selbst neu.</translation>
    </message>
    <message>
        <source>queue [retry SEQ | drop SEQ]</source>
        <translation>queue [retry SEQ | drop SEQ]</translation>
    </message>
    <message>
        <source>List what the app (or this tool) did offline and has not sent yet; retry sends a failed or waiting action now, drop forgets it.</source>
        <translation>Auflisten, was die App (oder dieses Werkzeug) offline getan und noch nicht gesendet hat; retry sendet eine fehlgeschlagene oder wartende Aktion jetzt, drop vergisst sie.</translation>
    </message>
    <message>
        <source>Usage: tuskline-cli [GLOBAL OPTIONS] COMMAND [ARGS]

Commands:
</source>
        <translation>Verwendung: tuskline-cli [GLOBALE OPTIONEN] BEFEHL [ARGUMENTE]

Befehle:
</translation>
    </message>
    <message>
        <source>
Global options:
  --account ACCT         use this stored account instead of the default one
  --instance URL         talk to this server without a stored account
  --token TOKEN          access token for --instance (or set TUSKLINE_TOKEN,
                         which keeps it out of the process list)
  --json                 one entity per line as compact JSON
  --quiet                no confirmations or progress messages
  --help, --version

Exit codes: 0 ok, 2 usage, 3 login needed or rejected, 4 network,
5 server error or an answer that cannot be used, 1 local failure.
</source>
        <translation>
Globale Optionen:
  --account ACCT         gespeichertes Konto statt des Standardkontos nutzen
  --instance URL         mit diesem Server ohne gespeichertes Konto sprechen
  --token TOKEN          Zugriffstoken für --instance (oder TUSKLINE_TOKEN setzen,
                         dann erscheint es nicht in der Prozessliste)
  --json                 eine Entität pro Zeile als kompaktes JSON
  --quiet                keine Bestätigungen oder Fortschrittsmeldungen
  --help, --version

Exit-Codes: 0 ok, 2 falsche Verwendung, 3 Anmeldung nötig oder abgelehnt,
4 Netzwerk, 5 Serverfehler oder unbrauchbare Antwort, 1 lokaler Fehler.
</translation>
    </message>
    <message>
        <source>Usage: tuskline-cli [GLOBAL OPTIONS] %1
%2
</source>
        <translation>Verwendung: tuskline-cli [GLOBALE OPTIONEN] %1
%2
</translation>
    </message>
</context>
<context>
    <name>tusk::cli::Statuses</name>
    <message>
        <source>Favourited %1.</source>
        <translation>%1 favorisiert.</translation>
    </message>
    <message>
        <source>Unfavourited %1.</source>
        <translation>%1 nicht mehr favorisiert.</translation>
    </message>
    <message>
        <source>Boosted %1.</source>
        <translation>%1 geteilt.</translation>
    </message>
    <message>
        <source>Unboosted %1.</source>
        <translation>%1 nicht mehr geteilt.</translation>
    </message>
    <message>
        <source>Bookmarked %1.</source>
        <translation>Lesezeichen für %1 gesetzt.</translation>
    </message>
    <message>
        <source>Removed the bookmark on %1.</source>
        <translation>Lesezeichen für %1 entfernt.</translation>
    </message>
    <message>
        <source>post needs exactly one text argument (quote it, or use &quot;-&quot; to read it from stdin).</source>
        <translation>post braucht genau ein Textargument (setze es in Anführungszeichen oder lies es mit „-“ von stdin).</translation>
    </message>
    <message>
        <source>The post is empty.</source>
        <translation>Der Beitrag ist leer.</translation>
    </message>
    <message>
        <source>--visibility is one of public, unlisted, private, direct.</source>
        <translation>--visibility muss public, unlisted, private oder direct sein.</translation>
    </message>
    <message>
        <source>--alt describes the --media just before it.</source>
        <translation>--alt beschreibt das unmittelbar davor angegebene --media.</translation>
    </message>
    <message>
        <source>A poll needs at least two --poll options.</source>
        <translation>Eine Umfrage braucht mindestens zwei --poll-Optionen.</translation>
    </message>
    <message>
        <source>A post can have media or a poll, not both.</source>
        <translation>Ein Beitrag kann Medien oder eine Umfrage haben, nicht beides.</translation>
    </message>
    <message>
        <source>--poll-expires and --poll-multiple need --poll options.</source>
        <translation>--poll-expires und --poll-multiple benötigen --poll-Optionen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>%1 wird hochgeladen …</translation>
    </message>
    <message>
        <source>Could not upload %1</source>
        <translation>%1 konnte nicht hochgeladen werden</translation>
    </message>
    <message>
        <source>The server is still processing %1; try again later.</source>
        <translation>Der Server verarbeitet %1 noch; versuche es später noch einmal.</translation>
    </message>
    <message>
        <source>Could not publish the post</source>
        <translation>Der Beitrag konnte nicht veröffentlicht werden</translation>
    </message>
    <message>
        <source>thread needs the id of a post.</source>
        <translation>thread braucht die ID eines Beitrags.</translation>
    </message>
    <message>
        <source>Could not load post %1</source>
        <translation>Beitrag %1 konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Could not load the thread of %1</source>
        <translation>Der Thread von %1 konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>%1 needs the id of a post.</source>
        <translation>%1 braucht die ID eines Beitrags.</translation>
    </message>
    <message>
        <source>Could not %1 post %2</source>
        <translation>„%1“ für Beitrag %2 ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>tusk::entities</name>
    <message>
        <source>a CredentialAccount requires a source object</source>
        <translation>ein CredentialAccount erfordert ein source-Objekt</translation>
    </message>
    <message>
        <source>unknown entity kind: %1</source>
        <translation>unbekannte Entitätsart: %1</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>Array erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>the re-serialised value does not parse: %1</source>
        <translation>der erneut serialisierte Wert lässt sich nicht parsen: %1</translation>
    </message>
    <message>
        <source>values differ after a round trip but serialise identically</source>
        <translation>die Werte unterscheiden sich nach einem Roundtrip, werden aber identisch serialisiert</translation>
    </message>
    <message>
        <source>round trip changed the value at %1</source>
        <translation>der Roundtrip hat den Wert bei %1 verändert</translation>
    </message>
</context>
<context>
    <name>tusk::explore::ListMembersController</name>
    <message>
        <source>Could not load the members: %1</source>
        <translation>Die Mitglieder konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not search the accounts you follow: %1</source>
        <translation>Die Konten, denen du folgst, konnten nicht durchsucht werden: %1</translation>
    </message>
    <message>
        <source>%1 is already in this list.</source>
        <translation>%1 ist bereits in dieser Liste.</translation>
    </message>
    <message>
        <source>%1 cannot be added: a list can only hold accounts you follow.</source>
        <translation>%1 kann nicht hinzugefügt werden: Eine Liste kann nur Konten enthalten, denen du folgst.</translation>
    </message>
    <message>
        <source>Could not add %1: %2</source>
        <translation>%1 konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>tusk::explore::SearchController</name>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not change the follow: %1</source>
        <translation>Folgen konnte nicht geändert werden: %1</translation>
    </message>
</context>
<context>
    <name>tusk::json</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>einen Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>Array erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected an object (%1), got %2</source>
        <translation>Objekt (%1) erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <source>unusable value (%1) in %2</source>
        <translation>unbrauchbarer Wert (%1) in %2</translation>
    </message>
    <message>
        <source>%1 requires this field</source>
        <translation>%1 erfordert dieses Feld</translation>
    </message>
    <message>
        <source>expected an object (Markers), got %1</source>
        <translation>Objekt (Markers) erwartet, %1 erhalten</translation>
    </message>
</context>
<context>
    <name>tusk::models::StatusListModel</name>
    <message>
        <source>Missing posts. Activate to load them.</source>
        <translation>Fehlende Beiträge. Aktivieren, um sie zu laden.</translation>
    </message>
    <message>
        <source>Content warning: %1</source>
        <translation>Inhaltswarnung: %1</translation>
    </message>
    <message>
        <source>Your post could not be sent: %1. %2</source>
        <translation>Dein Beitrag konnte nicht gesendet werden: %1. %2</translation>
    </message>
    <message>
        <source>Your post, not sent yet: %1</source>
        <translation>Dein Beitrag, noch nicht gesendet: %1</translation>
    </message>
    <message>
        <source>The timeline could not be loaded.</source>
        <translation>Die Timeline konnte nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>tusk::server</name>
    <message>
        <source>The WebP image is damaged</source>
        <translation>Das WebP-Bild ist beschädigt</translation>
    </message>
    <message>
        <source>The image cannot be decoded</source>
        <translation>Das Bild kann nicht dekodiert werden</translation>
    </message>
    <message>
        <source>The image has too many pixels</source>
        <translation>Das Bild hat zu viele Pixel</translation>
    </message>
    <message>
        <source>The image cannot be decoded: %1</source>
        <translation>Das Bild kann nicht dekodiert werden: %1</translation>
    </message>
</context>
<context>
    <name>tusk::server::HttpAdapter</name>
    <message>
        <source>This build of Qt has no TLS support (%1).</source>
        <translation>Dieser Qt-Build unterstützt kein TLS (%1).</translation>
    </message>
    <message>
        <source>Cannot read the certificate %1: %2</source>
        <translation>Das Zertifikat %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Cannot read the private key %1: %2</source>
        <translation>Der private Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted RSA or EC private key in PEM form.</source>
        <translation>%1 enthält keinen unverschlüsselten privaten RSA- oder EC-Schlüssel im PEM-Format.</translation>
    </message>
</context>
<context>
    <name>tusk::server::Server</name>
    <message>
        <source>Cannot create the data directory %1</source>
        <translation>Das Datenverzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The server has no data directory open</source>
        <translation>Der Server hat kein Datenverzeichnis geöffnet</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Lauschen auf %1:%2 nicht möglich: %3</translation>
    </message>
</context>
<context>
    <name>tusk::server::admin</name>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Das Passwort muss mindestens 8 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The password must have at most 72 characters.</source>
        <translation>Das Passwort darf höchstens 72 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Usernames are 1 to 30 letters, digits or underscores.</source>
        <translation>Benutzernamen bestehen aus 1 bis 30 Buchstaben, Ziffern oder Unterstrichen.</translation>
    </message>
    <message>
        <source>That username or e-mail address is already taken.</source>
        <translation>Dieser Benutzername oder diese E-Mail-Adresse ist bereits vergeben.</translation>
    </message>
    <message>
        <source>Could not hash the password.</source>
        <translation>Das Passwort konnte nicht gehasht werden.</translation>
    </message>
    <message>
        <source>Could not create the user.</source>
        <translation>Der Benutzer konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>Diesen Benutzer gibt es nicht.</translation>
    </message>
    <message>
        <source>Could not store the password.</source>
        <translation>Das Passwort konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Unknown scope: %1</source>
        <translation>Unbekannter Scope: %1</translation>
    </message>
    <message>
        <source>Could not register the application.</source>
        <translation>Die Anwendung konnte nicht registriert werden.</translation>
    </message>
    <message>
        <source>Could not issue the token.</source>
        <translation>Das Token konnte nicht ausgestellt werden.</translation>
    </message>
</context>
<context>
    <name>tusk::server::api</name>
    <message>
        <source>Read all your account&apos;s data</source>
        <translation>Alle Daten deines Kontos lesen</translation>
    </message>
    <message>
        <source>Modify all your account&apos;s data</source>
        <translation>Alle Daten deines Kontos ändern</translation>
    </message>
    <message>
        <source>Modify account relationships</source>
        <translation>Beziehungen zu anderen Konten ändern</translation>
    </message>
    <message>
        <source>Receive push notifications</source>
        <translation>Push-Benachrichtigungen empfangen</translation>
    </message>
    <message>
        <source>Read only your account&apos;s profile information</source>
        <translation>Nur die Profilinformationen deines Kontos lesen</translation>
    </message>
    <message>
        <source>Read your %1</source>
        <translation>Lesezugriff auf %1</translation>
    </message>
    <message>
        <source>Change your %1</source>
        <translation>Schreibzugriff auf %1</translation>
    </message>
    <message>
        <source>Authorize %1</source>
        <translation>%1 autorisieren</translation>
    </message>
    <message>
        <source>%1 wants to use your account on %2.</source>
        <translation>%1 möchte dein Konto auf %2 verwenden.</translation>
    </message>
    <message>
        <source>It asks for permission to:</source>
        <translation>Die Anwendung bittet um folgende Berechtigungen:</translation>
    </message>
    <message>
        <source>Username or e-mail address</source>
        <translation>Benutzername oder E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>Autorisieren</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Authorization code</source>
        <translation>Autorisierungscode</translation>
    </message>
    <message>
        <source>Copy this code and paste it into the application.</source>
        <translation>Kopiere diesen Code und füge ihn in die Anwendung ein.</translation>
    </message>
    <message>
        <source>Authorization failed</source>
        <translation>Autorisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Validation failed: Content type must be text/plain or text/markdown</source>
        <translation>Validierung fehlgeschlagen: Der Inhaltstyp muss text/plain oder text/markdown sein</translation>
    </message>
    <message>
        <source>Validation failed: Media attachments are invalid</source>
        <translation>Validierung fehlgeschlagen: Die Medienanhänge sind ungültig</translation>
    </message>
    <message>
        <source>Validation failed: Media attachments are too many (at most %1)</source>
        <translation>Validierung fehlgeschlagen: Zu viele Medienanhänge (höchstens %1)</translation>
    </message>
    <message>
        <source>Validation failed: Media attachment %1 was not found or is already attached</source>
        <translation>Validierung fehlgeschlagen: Der Medienanhang %1 wurde nicht gefunden oder ist bereits angehängt</translation>
    </message>
    <message>
        <source>Validation failed: Poll must have at least 2 options</source>
        <translation>Validierung fehlgeschlagen: Eine Umfrage muss mindestens 2 Optionen haben</translation>
    </message>
    <message>
        <source>Validation failed: Poll can&apos;t contain more than %1 options</source>
        <translation>Validierung fehlgeschlagen: Eine Umfrage darf höchstens %1 Optionen enthalten</translation>
    </message>
    <message>
        <source>Validation failed: Poll options can&apos;t be blank</source>
        <translation>Validierung fehlgeschlagen: Umfrageoptionen dürfen nicht leer sein</translation>
    </message>
    <message>
        <source>Validation failed: Poll options can&apos;t be longer than %1 characters</source>
        <translation>Validierung fehlgeschlagen: Umfrageoptionen dürfen höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>Validation failed: Poll options must not have duplicates</source>
        <translation>Validierung fehlgeschlagen: Umfrageoptionen dürfen sich nicht wiederholen</translation>
    </message>
    <message>
        <source>Validation failed: Poll expiration must be between %1 and %2 seconds</source>
        <translation>Validierung fehlgeschlagen: Die Laufzeit der Umfrage muss zwischen %1 und %2 Sekunden liegen</translation>
    </message>
    <message>
        <source>Validation failed: Polls cannot be combined with media attachments</source>
        <translation>Validierung fehlgeschlagen: Umfragen können nicht mit Medienanhängen kombiniert werden</translation>
    </message>
    <message>
        <source>Validation failed: Text can&apos;t be blank</source>
        <translation>Validierung fehlgeschlagen: Der Text darf nicht leer sein</translation>
    </message>
    <message>
        <source>Validation failed: Text character limit of %1 exceeded</source>
        <translation>Validierung fehlgeschlagen: Die Zeichenbegrenzung von %1 wurde überschritten</translation>
    </message>
    <message>
        <source>Could not save the status</source>
        <translation>Der Beitrag konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Validation failed: Media attachment %1 is not in the post</source>
        <translation>Validierung fehlgeschlagen: Der Medienanhang %1 gehört nicht zu diesem Beitrag</translation>
    </message>
    <message>
        <source>Validation failed: Description is too long (maximum is %1 characters)</source>
        <translation>Validierung fehlgeschlagen: Die Beschreibung ist zu lang (höchstens %1 Zeichen)</translation>
    </message>
    <message>
        <source>Validation failed: Focus must be two numbers from -1 to 1</source>
        <translation>Validierung fehlgeschlagen: Der Fokus muss aus zwei Zahlen von -1 bis 1 bestehen</translation>
    </message>
    <message>
        <source>Validation failed: File can&apos;t be blank</source>
        <translation>Validierung fehlgeschlagen: Die Datei darf nicht leer sein</translation>
    </message>
    <message>
        <source>Validation failed: File has an unsupported type (accepted: JPEG, PNG, GIF and WebP images, MP4 and WebM video, MP3, Ogg and WAV audio)</source>
        <translation>Validierung fehlgeschlagen: Der Dateityp wird nicht unterstützt (erlaubt: JPEG-, PNG-, GIF- und WebP-Bilder, MP4- und WebM-Videos, MP3-, Ogg- und WAV-Audio)</translation>
    </message>
    <message>
        <source>File is too large: %1 (the limit for this type is %2)</source>
        <translation>Die Datei ist zu groß: %1 (die Grenze für diesen Typ ist %2)</translation>
    </message>
    <message>
        <source>Validation failed: %1</source>
        <translation>Validierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not store the file</source>
        <translation>Die Datei konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not update the media attachment</source>
        <translation>Der Medienanhang konnte nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Validation failed: A boost cannot be pinned</source>
        <translation>Validierung fehlgeschlagen: Ein geteilter Beitrag kann nicht angeheftet werden</translation>
    </message>
    <message>
        <source>Validation failed: Only your own posts can be pinned</source>
        <translation>Validierung fehlgeschlagen: Nur eigene Beiträge können angeheftet werden</translation>
    </message>
    <message>
        <source>Validation failed: A direct post cannot be pinned</source>
        <translation>Validierung fehlgeschlagen: Eine Direktnachricht kann nicht angeheftet werden</translation>
    </message>
    <message>
        <source>Validation failed: You can pin at most %1 posts</source>
        <translation>Validierung fehlgeschlagen: Du kannst höchstens %1 Beiträge anheften</translation>
    </message>
    <message>
        <source>Could not pin the post</source>
        <translation>Der Beitrag konnte nicht angeheftet werden</translation>
    </message>
    <message>
        <source>Could not mute the conversation</source>
        <translation>Die Unterhaltung konnte nicht stummgeschaltet werden</translation>
    </message>
    <message>
        <source>Validation failed: You cannot vote in your own poll</source>
        <translation>Validierung fehlgeschlagen: Du kannst nicht in deiner eigenen Umfrage abstimmen</translation>
    </message>
    <message>
        <source>Validation failed: The poll has already ended</source>
        <translation>Validierung fehlgeschlagen: Die Umfrage ist bereits beendet</translation>
    </message>
    <message>
        <source>Validation failed: You have already voted on this poll</source>
        <translation>Validierung fehlgeschlagen: Du hast bei dieser Umfrage bereits abgestimmt</translation>
    </message>
    <message>
        <source>Validation failed: Choices are invalid</source>
        <translation>Validierung fehlgeschlagen: Die Auswahl ist ungültig</translation>
    </message>
    <message>
        <source>Validation failed: Choices can&apos;t be blank</source>
        <translation>Validierung fehlgeschlagen: Die Auswahl darf nicht leer sein</translation>
    </message>
    <message>
        <source>Validation failed: This poll allows only one choice</source>
        <translation>Validierung fehlgeschlagen: Bei dieser Umfrage ist nur eine Antwort möglich</translation>
    </message>
    <message>
        <source>Could not record the vote</source>
        <translation>Die Stimme konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Validation failed: You cannot do this to your own account</source>
        <translation>Validierung fehlgeschlagen: Das ist mit deinem eigenen Konto nicht möglich</translation>
    </message>
    <message>
        <source>Could not block the account</source>
        <translation>Das Konto konnte nicht blockiert werden</translation>
    </message>
    <message>
        <source>Could not mute the account</source>
        <translation>Das Konto konnte nicht stummgeschaltet werden</translation>
    </message>
</context>
<context>
    <name>tusk::session::AccountSession</name>
    <message>
        <source>The server no longer accepts this account&apos;s login.</source>
        <translation>Der Server akzeptiert die Anmeldung dieses Kontos nicht mehr.</translation>
    </message>
</context>
<context>
    <name>tusk::streaming::StreamingClient</name>
    <message>
        <source>The server refused the stream %1 (HTTP %2)</source>
        <translation>Der Server hat den Stream %1 abgelehnt (HTTP %2)</translation>
    </message>
    <message>
        <source>Stream %1 ended: %2</source>
        <translation>Stream %1 beendet: %2</translation>
    </message>
    <message>
        <source>Undecodable %1 event: %2</source>
        <translation>Nicht dekodierbares %1-Ereignis: %2</translation>
    </message>
    <message>
        <source>no heartbeat for %1 ms</source>
        <translation>seit %1 ms kein Heartbeat</translation>
    </message>
</context>
<context>
    <name>tusk::views::ProfileController</name>
    <message>
        <source>Unblock</source>
        <translation>Blockierung aufheben</translation>
    </message>
    <message>
        <source>Cancel follow request</source>
        <translation>Follower-Anfrage zurückziehen</translation>
    </message>
    <message>
        <source>Unfollow</source>
        <translation>Entfolgen</translation>
    </message>
    <message>
        <source>Follow back</source>
        <translation>Zurückfolgen</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Could not store the request.</source>
        <translation>Die Anfrage konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>tusk::views::TimeFormat</name>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds, short</comment>
        <translation>
            <numerusform>%n Sek.</numerusform>
            <numerusform>%n Sek.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes, short</comment>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>hours, short</comment>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>days, short</comment>
        <translation>
            <numerusform>%n T.</numerusform>
            <numerusform>%n T.</numerusform>
        </translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>date format within this year</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation>beendet</translation>
    </message>
    <message numerus="yes">
        <source>closes in %n minute(s)</source>
        <translation>
            <numerusform>endet in %n Minute</numerusform>
            <numerusform>endet in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>closes in %n hour(s)</source>
        <translation>
            <numerusform>endet in %n Stunde</numerusform>
            <numerusform>endet in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>closes in %n day(s)</source>
        <translation>
            <numerusform>endet in %n Tag</numerusform>
            <numerusform>endet in %n Tagen</numerusform>
        </translation>
    </message>
</context>
</TS>
