<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="233"/>
        <source>Amend a signed inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="235"/>
        <source>A signed record is never changed silently. Say why it must be corrected: the reason is kept in the audit log and shown on the record. The earlier signatures stay on file, marked as superseded; the corrected inspection must be completed and signed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="242"/>
        <source>Reason for the amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="244"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="250"/>
        <source>Reopen for correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/conclude.py" line="268"/>
        <source>The reason needs at least %n character(s).</source>
        <translation>
            <numerusform>The reason needs at least %n character.</numerusform>
            <numerusform>The reason needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../inspector/ui/app.py" line="136"/>
        <location filename="../../inspector/ui/app.py" line="152"/>
        <source>Childcare Safety &amp; Hygiene Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/app.py" line="169"/>
        <location filename="../../inspector/ui/app.py" line="177"/>
        <location filename="../../inspector/ui/app.py" line="184"/>
        <source>Cannot open the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/app.py" line="170"/>
        <source>The data folder {path} is not a safe place for the database, so the app does not use it. Nothing was changed.

{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/app.py" line="178"/>
        <source>The database in {path} cannot be used, and it was not changed.

{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/app.py" line="185"/>
        <source>The data folder {path} cannot be used:

{reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../inspector/ui/backup_dialog.py" line="86"/>
        <source>{facilities}, {inspections}, {photos}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/backup_dialog.py" line="87"/>
        <source>%n facilities</source>
        <translation>
            <numerusform>%n facility</numerusform>
            <numerusform>%n facilities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/backup_dialog.py" line="88"/>
        <source>%n inspections</source>
        <translation>
            <numerusform>%n inspection</numerusform>
            <numerusform>%n inspections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/backup_dialog.py" line="90"/>
        <source>%n photos</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../inspector/ui/backup_dialog.py" line="170"/>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_dialog.py" line="175"/>
        <source>A backup is one file holding everything in the data folder: the database, the photos, the signing keys (still protected by their passphrases) and the settings. You can keep working while it is made. Keep backups on another disk or a USB drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_dialog.py" line="183"/>
        <source>&amp;Change folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_dialog.py" line="186"/>
        <source>Save in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_dialog.py" line="194"/>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_dialog.py" line="197"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_dialog.py" line="200"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_dialog.py" line="222"/>
        <source>Save the backup in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_dialog.py" line="244"/>
        <source>Backup saved: {path} ({size}). It holds {contents}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_dialog.py" line="247"/>
        <source>Note: {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_dialog.py" line="254"/>
        <source>No backup was made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message>
        <location filename="../../inspector/ui/bundle_export.py" line="80"/>
        <location filename="../../inspector/ui/bundle_export.py" line="338"/>
        <source>Export bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_export.py" line="83"/>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/bundle_export.py" line="85"/>
        <source>The %n selected inspection(s)</source>
        <translation>
            <numerusform>The %n selected inspection</numerusform>
            <numerusform>The %n selected inspections</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_export.py" line="86"/>
        <source>Inspections dated on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_export.py" line="93"/>
        <source>Everything: all facilities, inspectors and inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_export.py" line="105"/>
        <source>The facilities and inspectors these inspections refer to, their photos and the originals of follow-ups go with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_export.py" line="124"/>
        <source>The passphrase of this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_export.py" line="128"/>
        <source>Create a signing &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_export.py" line="139"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_export.py" line="146"/>
        <source>Signing key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_export.py" line="147"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_export.py" line="151"/>
        <source>Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_export.py" line="161"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_export.py" line="164"/>
        <source>Open &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_export.py" line="167"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_export.py" line="215"/>
        <source>There is no signing key in this data directory yet. A bundle must be signed: create your key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_export.py" line="292"/>
        <source>Save the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_export.py" line="293"/>
        <source>Inspection bundles (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_export.py" line="330"/>
        <source>Type the passphrase of your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_export.py" line="335"/>
        <source>Choose a file in an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_export.py" line="339"/>
        <source>{name} already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_export.py" line="353"/>
        <source>Unlocking the key and writing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_export.py" line="389"/>
        <source>Wrong passphrase; nothing was exported. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_export.py" line="393"/>
        <location filename="../../inspector/ui/bundle_export.py" line="396"/>
        <source>The bundle was not written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/bundle_export.py" line="404"/>
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>%n inspection</numerusform>
            <numerusform>%n inspections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/bundle_export.py" line="405"/>
        <source>%n facility(ies)</source>
        <translation>
            <numerusform>%n facility</numerusform>
            <numerusform>%n facilities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/bundle_export.py" line="406"/>
        <source>%n inspector(s)</source>
        <translation>
            <numerusform>%n inspector</numerusform>
            <numerusform>%n inspectors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/bundle_export.py" line="407"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_export.py" line="408"/>
        <source>Exported {counts} ({size}) to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="225"/>
        <source>Import bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="233"/>
        <source>Choose a bundle file, or drop one on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="236"/>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="266"/>
        <source>Accept this signer only if you know this inspector and the fingerprint matches the one they read out to you (for example over the phone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="269"/>
        <source>I know this inspector; &amp;trust this signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="272"/>
        <location filename="../../inspector/ui/bundle_import.py" line="293"/>
        <source>Signed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="273"/>
        <source>Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="274"/>
        <source>Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="275"/>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="291"/>
        <source>Bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="292"/>
        <source>Exported by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="294"/>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="321"/>
        <source>Show &amp;unchanged records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="325"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="328"/>
        <source>&amp;Resolve conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="331"/>
        <location filename="../../inspector/ui/bundle_import.py" line="595"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="367"/>
        <source>Choose a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="368"/>
        <source>Inspection bundles (*.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="414"/>
        <source>File: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="421"/>
        <source>Checking {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="476"/>
        <source>The import failed; nothing was changed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="479"/>
        <source>The bundle could not be checked: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="495"/>
        <source>Nothing was changed. If you know this inspector, accept the signer below to see what the bundle holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="498"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="504"/>
        <source>{name} (badge {badge})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="523"/>
        <source>Importing would change nothing: every record in this bundle is already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="526"/>
        <source>Importing also adds {name} to the trusted signers on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="529"/>
        <source>Nothing has been changed yet. Press Import to apply the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="533"/>
        <source>Rejected records are left out; the rest is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="541"/>
        <location filename="../../inspector/ui/bundle_import.py" line="614"/>
        <source>{name} (trusted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="543"/>
        <source>{name} (accepted by you, not yet trusted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/bundle_import.py" line="551"/>
        <source>Show &amp;unchanged records (%n)</source>
        <translation>
            <numerusform>Show &amp;unchanged records (%n)</numerusform>
            <numerusform>Show &amp;unchanged records (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/bundle_import.py" line="562"/>
        <location filename="../../inspector/ui/bundle_import.py" line="570"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/bundle_import.py" line="563"/>
        <location filename="../../inspector/ui/bundle_import.py" line="571"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/bundle_import.py" line="564"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/bundle_import.py" line="565"/>
        <location filename="../../inspector/ui/bundle_import.py" line="574"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/bundle_import.py" line="566"/>
        <location filename="../../inspector/ui/bundle_import.py" line="575"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="567"/>
        <location filename="../../inspector/ui/bundle_import.py" line="578"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/bundle_import.py" line="568"/>
        <source>The bundle holds %n record(s): {counts}</source>
        <translation>
            <numerusform>The bundle holds %n record: {counts}</numerusform>
            <numerusform>The bundle holds %n records: {counts}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/bundle_import.py" line="572"/>
        <source>%n conflict(s) kept for a decision</source>
        <translation>
            <numerusform>%n conflict kept for a decision</numerusform>
            <numerusform>%n conflicts kept for a decision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/bundle_import.py" line="576"/>
        <source>%n photo(s) added</source>
        <translation>
            <numerusform>%n photo added</numerusform>
            <numerusform>%n photos added</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="579"/>
        <source>Imported: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="594"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="601"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="608"/>
        <source>The bundle was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="610"/>
        <source>{name} is now a trusted signer on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceButtons</name>
    <message>
        <location filename="../../inspector/ui/fill/editors.py" line="75"/>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/editors.py" line="75"/>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/editors.py" line="78"/>
        <location filename="../../inspector/ui/fill/editors.py" line="90"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/editors.py" line="78"/>
        <location filename="../../inspector/ui/fill/editors.py" line="90"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/editors.py" line="91"/>
        <source>(compliant answer: {answer})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceCell</name>
    <message>
        <location filename="../../inspector/ui/conflict_dialog.py" line="102"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflict_dialog.py" line="103"/>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conclude</name>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="65"/>
        <source>Not judged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="71"/>
        <source>Needs an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="72"/>
        <source>Failed: needs a photo as evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="73"/>
        <source>Critical failure: needs a note or a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="75"/>
        <source>Follow-up: not yet marked rectified or not rectified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcludePage</name>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="358"/>
        <source>Answered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="359"/>
        <source>Passed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="360"/>
        <source>Failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="361"/>
        <source>Not applicable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="362"/>
        <source>Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="364"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="375"/>
        <source>&amp;Complete inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="377"/>
        <source>&amp;Sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="379"/>
        <source>&amp;Amend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="381"/>
        <source>Start &amp;follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="383"/>
        <source>&amp;Report and notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="388"/>
        <source>Conclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="395"/>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="397"/>
        <source>Amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="417"/>
        <location filename="../../inspector/ui/conclude.py" line="437"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="417"/>
        <location filename="../../inspector/ui/conclude.py" line="437"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="418"/>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="421"/>
        <source>&amp;Go there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="426"/>
        <source>Cannot be completed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="437"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="438"/>
        <source>Why it failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="441"/>
        <source>Failed items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="448"/>
        <source>Findings and required rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="523"/>
        <source>A failed critical item makes the verdict Fail on its own; otherwise the score decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/conclude.py" line="527"/>
        <source>%n critical item(s) failed: the verdict is Fail whatever the score.</source>
        <translation>
            <numerusform>%n critical item failed: the verdict is Fail whatever the score.</numerusform>
            <numerusform>%n critical items failed: the verdict is Fail whatever the score.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="529"/>
        <source>{answered} of {applicable}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="541"/>
        <source>{count} ({parts})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="551"/>
        <source>Follow-up of findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="556"/>
        <source>{checked} of {total} findings checked, {fixed} rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="563"/>
        <source>Signed on {when} — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="566"/>
        <source>Completed on {when}; waiting for signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="568"/>
        <source>Reopened for correction (amendment); complete and sign it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="569"/>
        <source>Draft: not completed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/conclude.py" line="594"/>
        <source>%n item(s) must be dealt with before the inspection can be completed. Double-click one to go there.</source>
        <translation>
            <numerusform>%n item must be dealt with before the inspection can be completed. Double-click it to go there.</numerusform>
            <numerusform>%n items must be dealt with before the inspection can be completed. Double-click one to go there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/conclude.py" line="619"/>
        <source>Failed items (%n)</source>
        <translation>
            <numerusform>Failed items (%n)</numerusform>
            <numerusform>Failed items (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="629"/>
        <source>Complete the inspection first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/conclude.py" line="634"/>
        <source>%n finding(s) are still open</source>
        <translation>
            <numerusform>%n finding is still open</numerusform>
            <numerusform>%n findings are still open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/conclude.py" line="661"/>
        <source>Superseded signatures (%n)</source>
        <translation>
            <numerusform>Superseded signatures (%n)</numerusform>
            <numerusform>Superseded signatures (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="670"/>
        <source>open: being corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="672"/>
        <source>signed again on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="673"/>
        <source>&lt;b&gt;{n}. {when}&lt;/b&gt;, {who} ({state})&lt;br&gt;{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/conclude.py" line="720"/>
        <source>Not completed: %n item(s) still need an answer or evidence; they are listed under “Cannot be completed yet”.</source>
        <translation>
            <numerusform>Not completed: %n item still needs an answer or evidence; it is listed under “Cannot be completed yet”.</numerusform>
            <numerusform>Not completed: %n items still need an answer or evidence; they are listed under “Cannot be completed yet”.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="724"/>
        <source>Not completed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="728"/>
        <source>Completed. The inspectors and the facility representative can now sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="745"/>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="746"/>
        <source>The inspection was not signed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/conclude.py" line="762"/>
        <source>An amendment needs a reason of at least %n character(s).</source>
        <translation>
            <numerusform>An amendment needs a reason of at least %n character.</numerusform>
            <numerusform>An amendment needs a reason of at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="768"/>
        <source>Not amended: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="771"/>
        <source>Reopened for correction. Complete and sign it again when done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../inspector/ui/conflict_dialog.py" line="136"/>
        <source>Sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflict_dialog.py" line="160"/>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflict_dialog.py" line="160"/>
        <source>Mine (this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflict_dialog.py" line="161"/>
        <source>Theirs (other computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflict_dialog.py" line="161"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflict_dialog.py" line="173"/>
        <source>All &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflict_dialog.py" line="175"/>
        <source>All &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflict_dialog.py" line="177"/>
        <source>&amp;Apply decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflict_dialog.py" line="202"/>
        <source>No sync conflicts are waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflict_dialog.py" line="219"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflict_dialog.py" line="284"/>
        <source>{kind} changed both on this computer and by {who} (bundle imported {when}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflict_dialog.py" line="288"/>
        <source>Choose, part by part, which version to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflict_dialog.py" line="291"/>
        <source>The other version was signed on the other computer, so it cannot be split: either take it whole or keep yours whole. The parts below show what differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflict_dialog.py" line="317"/>
        <source>Only the whole record can be taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflict_dialog.py" line="358"/>
        <source>Keep mine: {mine} · take theirs: {theirs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflict_dialog.py" line="402"/>
        <source>The decision was not applied: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflict_dialog.py" line="409"/>
        <source>Resolved: {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../inspector/ui/messages.py" line="18"/>
        <source>This inspection is signed and locked; a correction needs an amendment with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/messages.py" line="23"/>
        <source>{n} item(s) still need an answer or evidence; see the list above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/messages.py" line="26"/>
        <source>An amendment needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/messages.py" line="29"/>
        <source>Only a signed inspection needs an amendment; this one can be edited directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/messages.py" line="33"/>
        <source>Complete the inspection before signing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/messages.py" line="36"/>
        <source>Complete the inspection before following it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/messages.py" line="39"/>
        <source>At least one inspector must sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/messages.py" line="42"/>
        <source>The facility representative must sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/messages.py" line="45"/>
        <source>Every signature needs the signer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/messages.py" line="48"/>
        <source>A finding needs a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/messages.py" line="51"/>
        <source>A finding needs a required action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/messages.py" line="54"/>
        <source>The deadline is before the inspection date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/messages.py" line="57"/>
        <source>This inspection has no open findings to follow up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/messages.py" line="60"/>
        <source>A follow-up cannot be dated before the inspection it follows up ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/messages.py" line="64"/>
        <source>Only a draft can be deleted; a completed or signed inspection is part of the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/messages.py" line="69"/>
        <source>An amended inspection was signed once and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/messages.py" line="72"/>
        <source>An inspection needs at least one inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/messages.py" line="75"/>
        <source>An inspector is on the team twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/messages.py" line="78"/>
        <source>Choose at least one checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/messages.py" line="81"/>
        <source>The file is larger than 80 MB; it is not a photo that can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/messages.py" line="84"/>
        <source>The image claims {size} pixels, more than 100 megapixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/messages.py" line="87"/>
        <source>The image claims far more pixels than a photo has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/messages.py" line="90"/>
        <source>This is not an image file that can be read (JPEG or PNG; export a HEIC photo as JPEG first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/messages.py" line="95"/>
        <source>The image is damaged or truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/messages.py" line="98"/>
        <source>The credit code {code} is already registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/messages.py" line="101"/>
        <source>The credit code {code} belongs to another facility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/messages.py" line="104"/>
        <source>Badge number {badge} is already registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/messages.py" line="107"/>
        <source>Name, department and badge number are all required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <location filename="../../inspector/ui/key_dialog.py" line="68"/>
        <source>Create a signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/key_dialog.py" line="71"/>
        <source>Your signing key signs the reports and bundles you issue, so anyone can check that they come from you and were not changed afterwards. Its certificate is trusted on this computer at once. Other computers must trust it too: they are shown its fingerprint when they import your first bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/key_dialog.py" line="93"/>
        <source>Holder of the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/key_dialog.py" line="96"/>
        <source>From your profile, chosen in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/key_dialog.py" line="99"/>
        <source>Nobody is chosen in Settings: type your details as they should appear on your certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/key_dialog.py" line="101"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/key_dialog.py" line="102"/>
        <source>&amp;Badge number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/key_dialog.py" line="103"/>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/key_dialog.py" line="104"/>
        <source>Key label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/key_dialog.py" line="113"/>
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/key_dialog.py" line="116"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/key_dialog.py" line="119"/>
        <source>The passphrase protects the key: it is asked each time you sign. It cannot be recovered: if you forget it, nobody can use the key again and you must create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/key_dialog.py" line="122"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/key_dialog.py" line="123"/>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/key_dialog.py" line="134"/>
        <source>Your key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/key_dialog.py" line="144"/>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/key_dialog.py" line="147"/>
        <source>Read it out to your colleagues: when they import your first bundle, they compare it with the fingerprint they are shown before trusting your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/key_dialog.py" line="151"/>
        <source>&amp;Create key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/key_dialog.py" line="154"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/key_dialog.py" line="209"/>
        <source>This computer already has a key labelled “{label}”, so nothing was created. Sign with that key, or ask for help to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/key_dialog.py" line="218"/>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/key_dialog.py" line="223"/>
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>The passphrase needs at least %n character.</numerusform>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/key_dialog.py" line="226"/>
        <source>The two passphrases differ; type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/key_dialog.py" line="244"/>
        <location filename="../../inspector/ui/key_dialog.py" line="281"/>
        <location filename="../../inspector/ui/key_dialog.py" line="284"/>
        <source>The key was not created: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/key_dialog.py" line="256"/>
        <source>Creating the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/key_dialog.py" line="295"/>
        <source>The key “{label}” of {name} was created and its certificate is trusted on this computer. It is valid until {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/key_dialog.py" line="302"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../inspector/ui/fill/editors.py" line="188"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/editors.py" line="192"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/editors.py" line="218"/>
        <source>at most {days} days before the inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/editors.py" line="225"/>
        <source>{age} days before the inspection (at most {days})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <location filename="../../inspector/ui/documents.py" line="157"/>
        <source>Report and notice — {facility}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/documents.py" line="162"/>
        <source>Inspection report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/documents.py" line="163"/>
        <source>Rectification notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/documents.py" line="165"/>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/documents.py" line="166"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/documents.py" line="167"/>
        <source>Chinese and English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/documents.py" line="169"/>
        <source>Sign with my key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/documents.py" line="175"/>
        <source>Create a signing &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/documents.py" line="187"/>
        <source>Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/documents.py" line="188"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/documents.py" line="189"/>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/documents.py" line="193"/>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/documents.py" line="209"/>
        <source>Choose the document and press Generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/documents.py" line="223"/>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/documents.py" line="225"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/documents.py" line="227"/>
        <source>&amp;Open in the system viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/documents.py" line="229"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/documents.py" line="274"/>
        <source>A draft is previewed, not issued: the documents of an inspection are signed and recorded once the inspection itself is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/documents.py" line="280"/>
        <source>There is no signing key in this data directory; the document is issued without a digital signature unless you create your key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/documents.py" line="285"/>
        <source>The document is recorded as issued; with your key it is also digitally signed, and any later change to the file shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/documents.py" line="321"/>
        <source>Unlock your key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/documents.py" line="322"/>
        <source>Passphrase of the key “{label}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/documents.py" line="384"/>
        <source>Generating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/documents.py" line="398"/>
        <source>Wrong passphrase; nothing was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/documents.py" line="400"/>
        <source>Nothing was issued: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/documents.py" line="411"/>
        <source>Page {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/documents.py" line="425"/>
        <source>Draft preview — not issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/documents.py" line="426"/>
        <source>Signed by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/documents.py" line="427"/>
        <source>Not digitally signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/documents.py" line="428"/>
        <source>{who} · recorded as issued, report {number} · SHA-256 {sha}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/documents.py" line="451"/>
        <source>Save the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/documents.py" line="452"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/documents.py" line="466"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/documents.py" line="467"/>
        <location filename="../../inspector/ui/documents.py" line="486"/>
        <source>The file could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/documents.py" line="470"/>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/documents.py" line="485"/>
        <source>Not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/documents.py" line="491"/>
        <source>No PDF viewer opened it; the file is at {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/documents.py" line="500"/>
        <source>Print the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/documents.py" line="515"/>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilitiesPage</name>
    <message>
        <location filename="../../inspector/ui/facilities_page.py" line="254"/>
        <source>&amp;Add facility…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/facilities_page.py" line="257"/>
        <source>Add a facility (Ctrl+Shift+N or Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/facilities_page.py" line="258"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/facilities_page.py" line="259"/>
        <source>Edit the selected facility (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/facilities_page.py" line="260"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/facilities_page.py" line="261"/>
        <source>Import facilities from a CSV or Excel sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/facilities_page.py" line="262"/>
        <source>&amp;Start inspection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/facilities_page.py" line="264"/>
        <source>Start an inspection of the selected facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/facilities_page.py" line="276"/>
        <source>Search name, credit code, township, address, person in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/facilities_page.py" line="375"/>
        <source>%n facility(ies)</source>
        <translation>
            <numerusform>%n facility</numerusform>
            <numerusform>%n facilities</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/facilities_page.py" line="378"/>
        <source>{shown} of {total} facilities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilityDetail</name>
    <message>
        <location filename="../../inspector/ui/facilities_page.py" line="178"/>
        <location filename="../../inspector/ui/facilities_page.py" line="195"/>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/facilities_page.py" line="183"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/facilities_page.py" line="183"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/facilities_page.py" line="183"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/facilities_page.py" line="183"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/facilities_page.py" line="184"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/facilities_page.py" line="192"/>
        <source>No facility selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/facilities_page.py" line="211"/>
        <source>Inspections (%n)</source>
        <translation>
            <numerusform>Inspections (%n)</numerusform>
            <numerusform>Inspections (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/facilities_page.py" line="226"/>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/facilities_page.py" line="226"/>
        <source>Special</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/facilities_page.py" line="227"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/facilities_page.py" line="227"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/facilities_page.py" line="228"/>
        <source>Joint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/facilities_page.py" line="232"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/facilities_page.py" line="232"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/facilities_page.py" line="233"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilityDialog</name>
    <message>
        <location filename="../../inspector/ui/facility_dialog.py" line="86"/>
        <source>Edit facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/facility_dialog.py" line="86"/>
        <source>New facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/facility_dialog.py" line="111"/>
        <location filename="../../inspector/ui/facility_dialog.py" line="120"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/facility_dialog.py" line="118"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/facility_dialog.py" line="119"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/facility_dialog.py" line="128"/>
        <source>18 characters, e.g. 91320281MA1XK7PR34</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/facility_dialog.py" line="155"/>
        <source>13812345678 or 0510-86801234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/facility_dialog.py" line="178"/>
        <source>* required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/facility_dialog.py" line="195"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/facility_dialog.py" line="368"/>
        <source>This credit code is already registered for another facility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/facility_dialog.py" line="371"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/facility_dialog.py" line="372"/>
        <source>The facility was not saved:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilityTableModel</name>
    <message>
        <location filename="../../inspector/ui/facilities_page.py" line="91"/>
        <source>Under 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/facilities_page.py" line="93"/>
        <source>Meals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/facilities_page.py" line="95"/>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../inspector/ui/fields.py" line="28"/>
        <source>Facility name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="29"/>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="30"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="31"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="32"/>
        <source>Township / street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="33"/>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="34"/>
        <source>Facility type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="35"/>
        <source>Service modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="36"/>
        <source>Capacity (places)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="37"/>
        <source>Takes children under 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="38"/>
        <source>Serves meals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="39"/>
        <source>Filing status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="40"/>
        <source>Filing number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="41"/>
        <source>Person in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="42"/>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="43"/>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="52"/>
        <source>For-profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="53"/>
        <source>Non-profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="57"/>
        <source>Standalone childcare centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="58"/>
        <source>Kindergarten nursery class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="59"/>
        <source>Employer-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="60"/>
        <source>Community-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="64"/>
        <source>Full day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="65"/>
        <source>Half day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="66"/>
        <source>Hourly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="67"/>
        <source>Temporary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="71"/>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="72"/>
        <source>Filing in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="73"/>
        <source>Not filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="86"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="87"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="97"/>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="99"/>
        <source>At most {max} characters; this has {length}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="103"/>
        <source>Unknown value “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="107"/>
        <source>Choose at least one service mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="109"/>
        <source>Unknown service mode “{value}”; use full day, half day, hourly or temporary, separated by 、 or commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="115"/>
        <source>The service mode “{mode}” is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="119"/>
        <source>Must be yes (是) or no (否); got “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="123"/>
        <source>Must be a whole number from {min} to {max}; got “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="127"/>
        <source>Must be from {min} to {max}; got {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="131"/>
        <source>Excel turned this code into a number ({value}); format the column as text and type the 18-character code again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="136"/>
        <source>The code is stored as a number, so Excel may have changed its last digits; format the column as text and type the code again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="141"/>
        <source>A credit code has exactly 18 characters; this one has {length}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="146"/>
        <source>Character “{char}” at position {position} is not allowed (did you mean “{suggestion}”?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="150"/>
        <source>Character “{char}” at position {position} is not allowed; only digits and letters except I, O, Z, S, V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="155"/>
        <source>The first character must be 1-9, A, N or Y; got “{char}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="159"/>
        <source>Check digit mismatch: the last character is “{last}” but should be “{expected}”. A character was probably mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="164"/>
        <source>The same credit code is already on line {line}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="168"/>
        <source>Another facility is already registered with this code: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="172"/>
        <source>Not a phone number: use an 11-digit mobile (13812345678) or a landline such as 0510-86801234.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="177"/>
        <source>Required when the facility is filed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fields.py" line="180"/>
        <source>Not valid:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FillPage</name>
    <message>
        <location filename="../../inspector/ui/fill/fill_page.py" line="139"/>
        <source>Show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/fill_page.py" line="154"/>
        <source>1 pass/yes · 2 fail/no · 3 N.A. · J/K or ↓/↑ next/previous · Enter edit value · Esc back · N note · P photo (or drop, Ctrl+V) · Ctrl+PgDn/PgUp section</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/fill/fill_page.py" line="192"/>
        <source>%n item(s) not applicable to this facility, hidden</source>
        <translation>
            <numerusform>%n item not applicable to this facility, hidden</numerusform>
            <numerusform>%n items not applicable to this facility, hidden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/fill_page.py" line="197"/>
        <source>This inspection is signed and locked. It is shown read-only; to change an answer, open an amendment (with a reason) on the Conclude tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/fill_page.py" line="430"/>
        <source>“{value}” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/fill_page.py" line="432"/>
        <source>{value} is not a valid date on or before the inspection day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/fill_page.py" line="434"/>
        <source>The answer was not accepted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/fill_page.py" line="572"/>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/fill_page.py" line="573"/>
        <source>Images ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/fill_page.py" line="599"/>
        <source>pasted image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/fill_page.py" line="629"/>
        <source>Photo {name} was not added: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/fill_page.py" line="636"/>
        <source>Adding photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/fill_page.py" line="698"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/fill/fill_page.py" line="700"/>
        <source>Save failed — %n item(s) not saved; see the marked items</source>
        <translation>
            <numerusform>Save failed — %n item not saved; see the marked item</numerusform>
            <numerusform>Save failed — %n items not saved; see the marked items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/fill_page.py" line="704"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/fill_page.py" line="706"/>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingCheckCard</name>
    <message>
        <location filename="../../inspector/ui/followup.py" line="211"/>
        <source>Found on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/followup.py" line="212"/>
        <source>Finding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/followup.py" line="213"/>
        <source>Required action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/followup.py" line="218"/>
        <source>Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/followup.py" line="219"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/followup.py" line="221"/>
        <source>&amp;Rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/followup.py" line="222"/>
        <source>&amp;Not rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/followup.py" line="223"/>
        <source>Not &amp;checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/followup.py" line="238"/>
        <source>What was seen: how it was rectified, or what is still wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/followup.py" line="243"/>
        <source>Follow-up note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/followup.py" line="247"/>
        <source>Add &amp;photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/followup.py" line="258"/>
        <source>Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/followup.py" line="259"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/followup.py" line="260"/>
        <source>Photos:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/followup.py" line="282"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/followup.py" line="300"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/followup.py" line="301"/>
        <source>Photo {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../../inspector/ui/findings_editor.py" line="45"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/findings_editor.py" line="46"/>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/findings_editor.py" line="47"/>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/findings_editor.py" line="54"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/findings_editor.py" line="55"/>
        <source>Rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/findings_editor.py" line="56"/>
        <source>Not rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/findings_editor.py" line="57"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsEditor</name>
    <message>
        <location filename="../../inspector/ui/findings_editor.py" line="91"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/findings_editor.py" line="91"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/findings_editor.py" line="91"/>
        <location filename="../../inspector/ui/findings_editor.py" line="113"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/findings_editor.py" line="92"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/findings_editor.py" line="106"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/findings_editor.py" line="109"/>
        <source>Required action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/findings_editor.py" line="116"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/findings_editor.py" line="128"/>
        <source>Item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/findings_editor.py" line="129"/>
        <source>Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/findings_editor.py" line="130"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/findings_editor.py" line="131"/>
        <source>Required &amp;action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/findings_editor.py" line="137"/>
        <source>D&amp;eadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/findings_editor.py" line="140"/>
        <source>No findings: no applicable item has failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/findings_editor.py" line="275"/>
        <source>%n day(s) after the inspection ({date})</source>
        <translation>
            <numerusform>%n day after the inspection ({date})</numerusform>
            <numerusform>%n days after the inspection ({date})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/findings_editor.py" line="293"/>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/findings_editor.py" line="312"/>
        <source>Not saved: a finding needs a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/findings_editor.py" line="315"/>
        <source>Not saved: a finding needs a required action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/findings_editor.py" line="319"/>
        <location filename="../../inspector/ui/findings_editor.py" line="336"/>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/findings_editor.py" line="321"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/findings_editor.py" line="327"/>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowupPage</name>
    <message>
        <location filename="../../inspector/ui/followup.py" line="348"/>
        <source>Show only findings not checked &amp;yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/followup.py" line="384"/>
        <source>Follow-up of the inspection of {date} ({facility}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/followup.py" line="403"/>
        <source>This follow-up checks no findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/followup.py" line="438"/>
        <source>{checked} of {total} checked, {fixed} rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/followup.py" line="461"/>
        <location filename="../../inspector/ui/followup.py" line="505"/>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/followup.py" line="465"/>
        <location filename="../../inspector/ui/followup.py" line="508"/>
        <location filename="../../inspector/ui/followup.py" line="539"/>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/followup.py" line="487"/>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/followup.py" line="516"/>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/followup.py" line="516"/>
        <source>Images ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/followup.py" line="536"/>
        <source>Not added: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../inspector/ui/history.py" line="29"/>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="30"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="31"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="32"/>
        <source>Table row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="33"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="34"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="35"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="36"/>
        <source>Amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="37"/>
        <source>Follow-up check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="44"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="45"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="46"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="53"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="54"/>
        <source>result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="55"/>
        <location filename="../../inspector/ui/history.py" line="89"/>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="56"/>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="57"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="58"/>
        <source>cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="59"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="60"/>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="61"/>
        <source>verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="62"/>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="63"/>
        <source>required action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="64"/>
        <source>deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="65"/>
        <source>status note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="66"/>
        <source>signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="67"/>
        <location filename="../../inspector/ui/history.py" line="80"/>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="68"/>
        <source>superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="69"/>
        <source>caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="70"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="71"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="72"/>
        <source>severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="73"/>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="74"/>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="75"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="76"/>
        <source>failed items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="77"/>
        <source>failed critical items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="78"/>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="79"/>
        <source>applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="87"/>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="88"/>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="90"/>
        <location filename="../../inspector/ui/history.py" line="119"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="91"/>
        <location filename="../../inspector/ui/history.py" line="120"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="92"/>
        <source>inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="93"/>
        <source>facility representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="95"/>
        <source>lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="96"/>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../inspector/ui/history.py" line="158"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="158"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="158"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="159"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="159"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/history.py" line="193"/>
        <source>Amendment: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/history.py" line="201"/>
        <source>%n recorded change(s), newest first. The log cannot be edited: a signed inspection is changed only through an amendment with a reason.</source>
        <translation>
            <numerusform>%n recorded change, newest first. The log cannot be edited: a signed inspection is changed only through an amendment with a reason.</numerusform>
            <numerusform>%n recorded changes, newest first. The log cannot be edited: a signed inspection is changed only through an amendment with a reason.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../inspector/ui/import_dialog.py" line="291"/>
        <source>Import facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/import_dialog.py" line="298"/>
        <source>No file chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/import_dialog.py" line="300"/>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/import_dialog.py" line="302"/>
        <source>Save a &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/import_dialog.py" line="304"/>
        <source>Save an empty sheet with the expected column headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/import_dialog.py" line="346"/>
        <source>Show only rows with &amp;errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/import_dialog.py" line="349"/>
        <source>&amp;Skip rows with errors and import only the good rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/import_dialog.py" line="358"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/import_dialog.py" line="389"/>
        <source>Choose a facility sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/import_dialog.py" line="390"/>
        <source>Spreadsheets (*.csv *.xlsx *.xlsm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/import_dialog.py" line="398"/>
        <source>Save an import template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/import_dialog.py" line="399"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/import_dialog.py" line="412"/>
        <source>The template could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/import_dialog.py" line="415"/>
        <source>Template saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/import_dialog.py" line="432"/>
        <source>File: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/import_dialog.py" line="435"/>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/import_dialog.py" line="460"/>
        <source>Something went wrong: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/import_dialog.py" line="476"/>
        <source>This file cannot be imported; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/import_dialog.py" line="488"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/import_dialog.py" line="505"/>
        <source>{new} new, {updated} updated, {unchanged} unchanged, {errors} with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/import_dialog.py" line="516"/>
        <source>Line {line}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/import_dialog.py" line="538"/>
        <source>Fix the rows with errors in the sheet, or tick “skip rows with errors”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/import_dialog.py" line="550"/>
        <source>The file changed since it was previewed; check the new preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/import_dialog.py" line="557"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/import_dialog.py" line="564"/>
        <source>The import was refused; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/import_dialog.py" line="571"/>
        <source>Imported: {new} new, {updated} updated, {unchanged} unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/import_dialog.py" line="575"/>
        <source>%n row(s) with errors skipped.</source>
        <translation>
            <numerusform>%n row with errors skipped.</numerusform>
            <numerusform>%n rows with errors skipped.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/import_dialog.py" line="577"/>
        <source>Import finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/import_dialog.py" line="578"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionFilterBar</name>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="402"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="404"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="410"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="411"/>
        <source>Show all inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="416"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="416"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="417"/>
        <source>&amp;Township:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="418"/>
        <source>&amp;Verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="427"/>
        <location filename="../../inspector/ui/inspection_list.py" line="446"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionLabels</name>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="71"/>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="72"/>
        <source>Special</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="73"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="74"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="75"/>
        <source>Joint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="82"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="83"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="84"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="93"/>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="94"/>
        <source>Basic pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="95"/>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionListPage</name>
    <message numerus="yes">
        <location filename="../../inspector/ui/inspection_list.py" line="582"/>
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>%n inspection</numerusform>
            <numerusform>%n inspections</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="624"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="628"/>
        <source>Start follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="632"/>
        <source>Export bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="637"/>
        <source>Delete draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="671"/>
        <location filename="../../inspector/ui/inspection_list.py" line="678"/>
        <location filename="../../inspector/ui/inspection_list.py" line="689"/>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="672"/>
        <source>Only a draft can be deleted. A completed, signed or amended inspection is part of the record; correct it with an amendment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="679"/>
        <source>Delete the draft inspection of {facility} on {date}? Its {answered} answer(s), notes and photos are removed. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="690"/>
        <source>The draft was not deleted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="708"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="709"/>
        <source>Follow-up inspections are not available in this build ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionScreen</name>
    <message>
        <location filename="../../inspector/ui/inspection_screen.py" line="42"/>
        <source>Back to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_screen.py" line="43"/>
        <source>Back to the list (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_screen.py" line="72"/>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_screen.py" line="76"/>
        <source>Findings to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_screen.py" line="81"/>
        <source>Conclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_screen.py" line="83"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_screen.py" line="93"/>
        <source>Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_screen.py" line="123"/>
        <source>{kind} · {date} · {status} · team: {team}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_screen.py" line="130"/>
        <source>{done} of {total} findings checked · {fixed} rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_screen.py" line="147"/>
        <source>No score yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_screen.py" line="149"/>
        <source>Score {score:.1f} · {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_screen.py" line="163"/>
        <source>This inspection was also changed on another computer ({who}). Both versions are kept until you choose what to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_screen.py" line="273"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_screen.py" line="274"/>
        <source>Some changes could not be saved yet. Leave this inspection anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionTableModel</name>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="236"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="236"/>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="236"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="236"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="237"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="237"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="237"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="238"/>
        <source>Fails (critical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspection_list.py" line="238"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/inspection_list.py" line="256"/>
        <source>%n critical item(s) failed</source>
        <translation>
            <numerusform>%n critical item failed</numerusform>
            <numerusform>%n critical items failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectorDialog</name>
    <message>
        <location filename="../../inspector/ui/inspectors_page.py" line="96"/>
        <source>Edit inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspectors_page.py" line="96"/>
        <source>New inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspectors_page.py" line="114"/>
        <source>e.g. District Health Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspectors_page.py" line="127"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspectors_page.py" line="127"/>
        <source>&amp;Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspectors_page.py" line="128"/>
        <source>&amp;Badge number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspectors_page.py" line="135"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspectors_page.py" line="160"/>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspectors_page.py" line="164"/>
        <source>This badge number already belongs to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspectors_page.py" line="211"/>
        <source>This badge number is already registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspectors_page.py" line="214"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspectors_page.py" line="215"/>
        <source>The profile was not saved:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectorTableModel</name>
    <message>
        <location filename="../../inspector/ui/inspectors_page.py" line="70"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspectors_page.py" line="70"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspectors_page.py" line="70"/>
        <source>Badge number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspectors_page.py" line="71"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspectors_page.py" line="83"/>
        <source>Inactive: not offered for new inspections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectorsPage</name>
    <message>
        <location filename="../../inspector/ui/inspectors_page.py" line="230"/>
        <source>&amp;Add inspector…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspectors_page.py" line="233"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspectors_page.py" line="234"/>
        <location filename="../../inspector/ui/inspectors_page.py" line="322"/>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspectors_page.py" line="255"/>
        <source>An official inspection is carried out by at least two inspectors, so keep at least two active profiles. Profiles are never deleted: deactivate a profile that is no longer used; past inspections keep its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/inspectors_page.py" line="295"/>
        <source>Only %n active inspector profile(s). An official inspection needs at least two inspectors: add or reactivate profiles before starting one.</source>
        <translation>
            <numerusform>Only %n active inspector profile. An official inspection needs at least two inspectors: add or reactivate profiles before starting one.</numerusform>
            <numerusform>Only %n active inspector profiles. An official inspection needs at least two inspectors: add or reactivate profiles before starting one.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspectors_page.py" line="319"/>
        <source>&amp;Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspectors_page.py" line="320"/>
        <source>Offer this inspector for new inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspectors_page.py" line="324"/>
        <source>Stop offering this inspector for new inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspectors_page.py" line="344"/>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <location filename="../../inspector/ui/fill/item_view.py" line="82"/>
        <source>Critical · veto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/item_view.py" line="84"/>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/item_view.py" line="86"/>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/item_view.py" line="93"/>
        <source>photo if failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/item_view.py" line="115"/>
        <source>How to check: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/item_view.py" line="171"/>
        <source>Note (N) — what you saw, who said what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/item_view.py" line="199"/>
        <source>look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/item_view.py" line="199"/>
        <source>ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/item_view.py" line="200"/>
        <source>see records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/item_view.py" line="201"/>
        <source>measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/item_view.py" line="212"/>
        <source>quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/item_view.py" line="213"/>
        <source>Basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/item_view.py" line="256"/>
        <source>photo required: a failed item of this checklist needs a photo as evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/item_view.py" line="259"/>
        <source>note required: a failed critical item needs a note or a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/item_view.py" line="264"/>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/item_view.py" line="270"/>
        <source>Not applicable to this facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/item_view.py" line="276"/>
        <source>N.A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/item_view.py" line="278"/>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/item_view.py" line="280"/>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/item_view.py" line="282"/>
        <source>recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/item_view.py" line="284"/>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/item_view.py" line="286"/>
        <source>(not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/item_view.py" line="306"/>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../../inspector/ui/context.py" line="26"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="49"/>
        <source>Childcare Safety &amp; Hygiene Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="63"/>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="63"/>
        <source>Facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="64"/>
        <source>Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="64"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="124"/>
        <source>&amp;New Inspection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="126"/>
        <source>Start an inspection (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="127"/>
        <source>&amp;Import Facilities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="129"/>
        <source>&amp;Verify a report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="130"/>
        <source>E&amp;xport bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="132"/>
        <source>I&amp;mport bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="134"/>
        <location filename="../../inspector/ui/main_window.py" line="222"/>
        <source>Sync &amp;conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="135"/>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="136"/>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="138"/>
        <source>&amp;Export tables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="139"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="141"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="143"/>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="157"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="171"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="173"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="176"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/main_window.py" line="218"/>
        <source>Sync &amp;conflicts (%n)…</source>
        <translation>
            <numerusform>Sync &amp;conflicts (%n)…</numerusform>
            <numerusform>Sync &amp;conflicts (%n)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/main_window.py" line="220"/>
        <source>%n sync conflict(s) waiting</source>
        <translation>
            <numerusform>%n sync conflict waiting</numerusform>
            <numerusform>%n sync conflicts waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="250"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="265"/>
        <source>Search facilities and inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="270"/>
        <source>Facility name, credit code, township or report number (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="286"/>
        <source>Records changed on two computers wait for your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="328"/>
        <source>Page unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="329"/>
        <source>This page cannot be shown: a part of the app is missing ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/main_window.py" line="406"/>
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>%n inspection</numerusform>
            <numerusform>%n inspections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/main_window.py" line="408"/>
        <source>%n facility(ies)</source>
        <translation>
            <numerusform>%n facility</numerusform>
            <numerusform>%n facilities</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="409"/>
        <source>Found: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="427"/>
        <source>Acting as {name} ({badge})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="431"/>
        <source>Nobody is chosen as the current inspector: &lt;a href=&quot;settings&quot;&gt;choose yourself in Settings&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="434"/>
        <source>Data: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="452"/>
        <source>New inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="453"/>
        <source>Inspections cannot be started: a part of the app is missing ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="469"/>
        <source>Open inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="470"/>
        <source>The inspection cannot be shown: a part of the app is missing ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="507"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="508"/>
        <source>&lt;h3&gt;Childcare Safety &amp;amp; Hygiene Inspector&lt;/h3&gt;&lt;p&gt;Version {version}&lt;/p&gt;&lt;p&gt;Data folder:&lt;br&gt;{path}&lt;/p&gt;&lt;p&gt;Database schema: {schema}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MultipleChoiceEditor</name>
    <message>
        <location filename="../../inspector/ui/fill/editors.py" line="355"/>
        <source>(required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/editors.py" line="357"/>
        <source>(must not be present)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../inspector/ui/fill/navigator.py" line="47"/>
        <source>Checklist / section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/navigator.py" line="47"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/fill/navigator.py" line="108"/>
        <location filename="../../inspector/ui/fill/navigator.py" line="126"/>
        <source>%n critical failure(s)</source>
        <translation>
            <numerusform>%n critical failure</numerusform>
            <numerusform>%n critical failures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/fill/navigator.py" line="110"/>
        <source>%n item(s) missing evidence</source>
        <translation>
            <numerusform>%n item missing evidence</numerusform>
            <numerusform>%n items missing evidence</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/navigator.py" line="122"/>
        <source>{done} of {total} answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/fill/navigator.py" line="128"/>
        <source>%n item(s) need a photo or note</source>
        <translation>
            <numerusform>%n item needs a photo or note</numerusform>
            <numerusform>%n items need a photo or note</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <location filename="../../inspector/ui/fill/editors.py" line="120"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/editors.py" line="130"/>
        <source>required: {min} to {max} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/editors.py" line="133"/>
        <source>required: at least {min} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/editors.py" line="135"/>
        <source>required: at most {max} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeExportDialog</name>
    <message>
        <location filename="../../inspector/ui/office_export_dialog.py" line="97"/>
        <location filename="../../inspector/ui/office_export_dialog.py" line="254"/>
        <source>Export tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/office_export_dialog.py" line="104"/>
        <source>&amp;Facilities (the whole registry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/office_export_dialog.py" line="105"/>
        <source>&amp;Inspections (one row each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/office_export_dialog.py" line="106"/>
        <source>&amp;Answers (one row per checklist item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/office_export_dialog.py" line="107"/>
        <source>Fi&amp;ndings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/office_export_dialog.py" line="108"/>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/office_export_dialog.py" line="119"/>
        <source>Excel workbook (.xlsx), one sheet per table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/office_export_dialog.py" line="120"/>
        <source>CSV files (UTF-8), one file per table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/office_export_dialog.py" line="123"/>
        <source>Only inspections &amp;dated from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/office_export_dialog.py" line="133"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/office_export_dialog.py" line="138"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/office_export_dialog.py" line="143"/>
        <source>Chinese column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/office_export_dialog.py" line="144"/>
        <source>English column keys (for scripts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/office_export_dialog.py" line="147"/>
        <source>Fo&amp;rmat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/office_export_dialog.py" line="148"/>
        <source>Date range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/office_export_dialog.py" line="149"/>
        <source>Inspection &amp;status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/office_export_dialog.py" line="150"/>
        <source>&amp;Header row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/office_export_dialog.py" line="161"/>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/office_export_dialog.py" line="170"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/office_export_dialog.py" line="218"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/office_export_dialog.py" line="218"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/office_export_dialog.py" line="221"/>
        <source>The CSV files are saved into a folder you choose: facilities.csv, inspections.csv, answers.csv and findings.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/office_export_dialog.py" line="236"/>
        <source>Choose a folder for the CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/office_export_dialog.py" line="242"/>
        <source>Replace files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/office_export_dialog.py" line="243"/>
        <source>This folder already has {files}. Replace them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/office_export_dialog.py" line="247"/>
        <source>inspection-data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/office_export_dialog.py" line="249"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/office_export_dialog.py" line="251"/>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/office_export_dialog.py" line="261"/>
        <source>Replace file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/office_export_dialog.py" line="262"/>
        <source>{name} already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/office_export_dialog.py" line="287"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/office_export_dialog.py" line="298"/>
        <source>Exporting… {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/office_export_dialog.py" line="312"/>
        <source>Facilities: %n row(s)</source>
        <translation>
            <numerusform>Facilities: %n row</numerusform>
            <numerusform>Facilities: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/office_export_dialog.py" line="314"/>
        <source>Inspections: %n row(s)</source>
        <translation>
            <numerusform>Inspections: %n row</numerusform>
            <numerusform>Inspections: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/office_export_dialog.py" line="316"/>
        <source>Answers: %n row(s)</source>
        <translation>
            <numerusform>Answers: %n row</numerusform>
            <numerusform>Answers: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/office_export_dialog.py" line="317"/>
        <source>Findings: %n row(s)</source>
        <translation>
            <numerusform>Findings: %n row</numerusform>
            <numerusform>Findings: %n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/office_export_dialog.py" line="320"/>
        <source>Export finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/office_export_dialog.py" line="322"/>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/office_export_dialog.py" line="330"/>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/office_export_dialog.py" line="335"/>
        <source>The tables could not be exported; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/office_export_dialog.py" line="349"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeModel</name>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="109"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="109"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="109"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="110"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../inspector/ui/fill/photos.py" line="65"/>
        <location filename="../../inspector/ui/fill/photos.py" line="73"/>
        <source>Add photo… (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/photos.py" line="66"/>
        <source>Add a photo from a file; you can also drop image files on the item or paste with Ctrl+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/photos.py" line="85"/>
        <source>Click to view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../inspector/ui/fill/photo_viewer.py" line="29"/>
        <source>Photo — {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/photo_viewer.py" line="46"/>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/photo_viewer.py" line="47"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/photo_viewer.py" line="50"/>
        <source>Remove photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/photo_viewer.py" line="78"/>
        <source>No photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/photo_viewer.py" line="87"/>
        <source>The photo file cannot be read: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/photo_viewer.py" line="91"/>
        <source>{w} × {h} px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/photo_viewer.py" line="93"/>
        <source>{n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/photo_viewer.py" line="114"/>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/photo_viewer.py" line="115"/>
        <source>Remove this photo from the item? The evidence will no longer appear in the report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../inspector/ui/import_dialog.py" line="196"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/import_dialog.py" line="198"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/import_dialog.py" line="205"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/import_dialog.py" line="205"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/import_dialog.py" line="205"/>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/import_dialog.py" line="206"/>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusalPanel</name>
    <message>
        <location filename="../../inspector/ui/bundle_import.py" line="180"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepeatTable</name>
    <message>
        <location filename="../../inspector/ui/fill/repeat_table.py" line="52"/>
        <location filename="../../inspector/ui/fill/repeat_table.py" line="105"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/repeat_table.py" line="53"/>
        <location filename="../../inspector/ui/fill/repeat_table.py" line="106"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/repeat_table.py" line="159"/>
        <source>(optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/repeat_table.py" line="161"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/repeat_table.py" line="188"/>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/repeat_table.py" line="189"/>
        <source>Add a row ({what}) — Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/repeat_table.py" line="190"/>
        <source>Add a row — Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/repeat_table.py" line="191"/>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/repeat_table.py" line="192"/>
        <source>Remove the selected row — Ctrl+Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/repeat_table.py" line="193"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/repeat_table.py" line="195"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/fill/repeat_table.py" line="201"/>
        <source>at least %n row(s)</source>
        <translation>
            <numerusform>at least %n row</numerusform>
            <numerusform>at least %n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/repeat_table.py" line="252"/>
        <source>Invalid cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/repeat_table.py" line="255"/>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/repeat_table.py" line="258"/>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/repeat_table.py" line="260"/>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/repeat_table.py" line="314"/>
        <source>{value} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/repeat_table.py" line="316"/>
        <source>{value} is not a date on or before the inspection day (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/fill/repeat_table.py" line="318"/>
        <source>Not accepted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../inspector/ui/backup_dialog.py" line="276"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_dialog.py" line="281"/>
        <source>Choose a backup file (.zip) to check it and see what it holds. Nothing changes until you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_dialog.py" line="284"/>
        <source>&amp;Choose a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_dialog.py" line="296"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_dialog.py" line="297"/>
        <source>Made on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_dialog.py" line="298"/>
        <source>Contents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_dialog.py" line="299"/>
        <source>Database schema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_dialog.py" line="318"/>
        <source>&amp;Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_dialog.py" line="321"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_dialog.py" line="343"/>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_dialog.py" line="344"/>
        <source>Backups (*.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_dialog.py" line="356"/>
        <source>Checking {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_dialog.py" line="371"/>
        <source>{path} ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_dialog.py" line="373"/>
        <source>{when} by version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_dialog.py" line="380"/>
        <source>Restoring replaces all the data in this app with the content of this backup. The current data is not deleted: it is moved to
{previous}
The app then reopens with the restored data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_dialog.py" line="384"/>
        <source>Note: {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_dialog.py" line="392"/>
        <source>This backup cannot be restored: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_dialog.py" line="404"/>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_dialog.py" line="412"/>
        <source>The backup was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_dialog.py" line="414"/>
        <source>The previous data is kept in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_dialog.py" line="416"/>
        <source>The app now reopens the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_dialog.py" line="421"/>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/backup_dialog.py" line="431"/>
        <source>The backup was not restored: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../inspector/ui/settings_page.py" line="82"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_page.py" line="91"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_page.py" line="98"/>
        <source>Changes you make are recorded in the audit log under this name. Add profiles on the Inspectors page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_page.py" line="101"/>
        <source>&amp;I am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_page.py" line="106"/>
        <source>Inspection policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_page.py" line="108"/>
        <source>Applies to findings drafted and scores computed from now on; completed inspections keep their results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_page.py" line="114"/>
        <source>Deadline for &amp;critical findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_page.py" line="115"/>
        <source>Deadline for &amp;major findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_page.py" line="116"/>
        <source>Deadline for mi&amp;nor findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_page.py" line="117"/>
        <source>Lowest score for &amp;Pass:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_page.py" line="118"/>
        <source>Lowest score for &amp;Basic pass:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_page.py" line="125"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_page.py" line="133"/>
        <source>Default: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_page.py" line="153"/>
        <source>Signing keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_page.py" line="155"/>
        <source>The keys on this computer sign reports and bundles; each is protected by its own passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_page.py" line="162"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_page.py" line="162"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_page.py" line="162"/>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_page.py" line="163"/>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_page.py" line="163"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_page.py" line="168"/>
        <source>There is no signing key on this computer yet. You need one to sign reports and export bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_page.py" line="172"/>
        <source>Create a signing &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_page.py" line="182"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_page.py" line="186"/>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_page.py" line="191"/>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_page.py" line="193"/>
        <source>Database schema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_page.py" line="241"/>
        <source>(nobody chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_page.py" line="244"/>
        <source>{name} ({badge}), {department}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_page.py" line="264"/>
        <source>The new language is used after you restart the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_page.py" line="267"/>
        <source>Checklists, reports and the window use this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_page.py" line="287"/>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_page.py" line="304"/>
        <source>Not saved: {value} is below the lowest score for Basic pass ({other}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_page.py" line="307"/>
        <source>Not saved: {value} is above the lowest score for Pass ({other}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="166"/>
        <source>Sign the inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="168"/>
        <source>Each inspector and the facility representative signs in a box below with the mouse, a pen or a finger. Signing locks the inspection: a later correction needs an amendment with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="176"/>
        <source>Lead inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="176"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="177"/>
        <source>{name} · badge {badge} · {department}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="180"/>
        <source>{role}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="185"/>
        <source>Facility representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="186"/>
        <source>Person in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="196"/>
        <source>Sign and lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="213"/>
        <source>Still to sign: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="214"/>
        <source>Everyone has signed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../inspector/ui/signature_pad.py" line="134"/>
        <source>Signature pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signature_pad.py" line="234"/>
        <source>Sign here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureTile</name>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="291"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="293"/>
        <source>Facility representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="302"/>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="306"/>
        <source>Signed before an amendment; kept on file, no longer valid for the corrected record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignerBox</name>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="131"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="144"/>
        <source>e.g. person in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="145"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conclude.py" line="146"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartFollowupDialog</name>
    <message>
        <location filename="../../inspector/ui/followup.py" line="78"/>
        <source>Start a follow-up inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/followup.py" line="81"/>
        <source>A follow-up checks the %n open finding(s) of the inspection of {facility} on {date} and records how each was rectified.</source>
        <translation>
            <numerusform>A follow-up checks the %n open finding of the inspection of {facility} on {date} and records how it was rectified.</numerusform>
            <numerusform>A follow-up checks the %n open findings of the inspection of {facility} on {date} and records how each was rectified.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/followup.py" line="95"/>
        <source>{name} · {department} · {badge}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/followup.py" line="106"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/followup.py" line="108"/>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/followup.py" line="115"/>
        <source>Start follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/followup.py" line="147"/>
        <source>Tick the inspectors who take part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/followup.py" line="150"/>
        <source>An official inspection has at least two inspectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/followup.py" line="161"/>
        <source>Follow-up not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/followup.py" line="162"/>
        <source>The follow-up was not started: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartInspectionDialog</name>
    <message>
        <location filename="../../inspector/ui/start_dialog.py" line="56"/>
        <source>Start an inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/start_dialog.py" line="77"/>
        <source>Type to search by name or township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/start_dialog.py" line="80"/>
        <source>&amp;Facility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/start_dialog.py" line="86"/>
        <source>Routine (日常)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/start_dialog.py" line="86"/>
        <source>Special (专项)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/start_dialog.py" line="87"/>
        <source>Complaint (投诉)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/start_dialog.py" line="87"/>
        <source>Joint (联合)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/start_dialog.py" line="90"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/start_dialog.py" line="95"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/start_dialog.py" line="104"/>
        <source>[lead]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/start_dialog.py" line="112"/>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/start_dialog.py" line="126"/>
        <source>&amp;Checklists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/start_dialog.py" line="139"/>
        <source>Start inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/start_dialog.py" line="206"/>
        <source>Choose a facility from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/start_dialog.py" line="209"/>
        <source>{address} · capacity {capacity} · under 2: {under2} · meals: {meals}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/start_dialog.py" line="211"/>
        <location filename="../../inspector/ui/start_dialog.py" line="212"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/start_dialog.py" line="211"/>
        <location filename="../../inspector/ui/start_dialog.py" line="212"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/start_dialog.py" line="216"/>
        <source>An official inspection needs at least two inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/start_dialog.py" line="227"/>
        <source>{applying} items apply to this facility; {hidden} are hidden as not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/start_dialog.py" line="230"/>
        <source>Choose at least one checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/start_dialog.py" line="241"/>
        <source>Choose a facility, at least one inspector and a checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/start_dialog.py" line="250"/>
        <source>The inspection could not be started: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../inspector/ui/conflict_dialog.py" line="62"/>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflict_dialog.py" line="63"/>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflict_dialog.py" line="64"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/conflict_dialog.py" line="68"/>
        <source>team of %n</source>
        <translation>
            <numerusform>team of %n</numerusform>
            <numerusform>team of %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/conflict_dialog.py" line="69"/>
        <source>%n signature(s)</source>
        <translation>
            <numerusform>%n signature</numerusform>
            <numerusform>%n signatures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/conflict_dialog.py" line="70"/>
        <source>%n amendment(s)</source>
        <translation>
            <numerusform>%n amendment</numerusform>
            <numerusform>%n amendments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/conflict_dialog.py" line="77"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/conflict_dialog.py" line="82"/>
        <source>%n row(s):</source>
        <translation>
            <numerusform>%n row:</numerusform>
            <numerusform>%n rows:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflict_dialog.py" line="85"/>
        <source>note: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/conflict_dialog.py" line="89"/>
        <source>(withdrawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="66"/>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="66"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="67"/>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="71"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="71"/>
        <source>Already here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="72"/>
        <source>Older — kept ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="73"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="73"/>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="74"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="80"/>
        <source>The file could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="81"/>
        <source>The bundle is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="82"/>
        <source>The file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="83"/>
        <source>The bundle holds too many files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="84"/>
        <source>The bundle holds a file with a forbidden name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="85"/>
        <source>The bundle has an unexpected structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="86"/>
        <source>The bundle holds a link, which is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="87"/>
        <source>The bundle holds the same file twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="88"/>
        <source>The bundle holds an encrypted file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="89"/>
        <source>The bundle uses an unsupported compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="90"/>
        <source>The bundle is malformed (overlapping files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="91"/>
        <source>The bundle is malformed (it would unpack far too large)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="92"/>
        <source>This is not an inspection bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="94"/>
        <source>The bundle comes from a newer version of the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="95"/>
        <source>The bundle&apos;s table of contents is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="97"/>
        <source>The bundle&apos;s contents do not match its table of contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="98"/>
        <source>The bundle is not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="99"/>
        <source>The signature is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="100"/>
        <source>The signer&apos;s certificate is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="101"/>
        <source>The signer is not trusted on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="102"/>
        <source>The bundle was altered after it was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="103"/>
        <source>A record in the bundle is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="104"/>
        <source>A photo in the bundle is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="105"/>
        <source>A record in the bundle is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="106"/>
        <source>A photo the records need is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="108"/>
        <source>The bundle was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="113"/>
        <source>Not here before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="114"/>
        <source>A later version of ours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="116"/>
        <source>This computer has the same version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="118"/>
        <source>This computer has a later version; ours is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="119"/>
        <source>Its facility was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="121"/>
        <source>Deleted here as a draft; the bundle holds no later change to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="124"/>
        <source>Its original inspection was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="126"/>
        <source>Already kept as a conflict, waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="128"/>
        <source>A later version from the other computer is already kept as a conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="132"/>
        <source>Changed on both computers; this later version from the other computer replaces the one waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="136"/>
        <source>Changed both here and on the other computer; both versions are kept until someone chooses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="140"/>
        <source>It is signed and locked here, and the bundle has different content under the same id: refused as a possible forgery (a correction needs an amendment on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="154"/>
        <source>This conflict was already resolved, or it no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="156"/>
        <source>The record is no longer on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="158"/>
        <source>The other version is signed: take it whole or keep yours whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync_common.py" line="160"/>
        <source>This combination of choices cannot be saved:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <location filename="../../inspector/ui/fill/editors.py" line="270"/>
        <source>Record what you found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../inspector/ui/verify_dialog.py" line="55"/>
        <source>Verify a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_dialog.py" line="60"/>
        <source>Choose a report or notice (PDF), or drop it here, to check its signature and whether this database issued it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_dialog.py" line="63"/>
        <source>&amp;Choose a PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_dialog.py" line="65"/>
        <source>Also &amp;trust a certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_dialog.py" line="100"/>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_dialog.py" line="101"/>
        <source>Signer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_dialog.py" line="102"/>
        <source>Signed at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_dialog.py" line="103"/>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_dialog.py" line="104"/>
        <source>Issued here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_dialog.py" line="108"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_dialog.py" line="130"/>
        <source>The signature is intact, the signer is trusted and nothing was changed after signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_dialog.py" line="132"/>
        <source>The file carries no digital signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_dialog.py" line="133"/>
        <source>The file is damaged or is not a readable PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_dialog.py" line="134"/>
        <source>The signed content was altered after signing: the signature does not match it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_dialog.py" line="136"/>
        <source>Content was changed or added after signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_dialog.py" line="137"/>
        <source>The signer&apos;s certificate is not on the trust list of this data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_dialog.py" line="139"/>
        <source>The signer&apos;s certificate was not valid at the signing time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_dialog.py" line="140"/>
        <source>The signer&apos;s certificate cannot be used for signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_dialog.py" line="146"/>
        <source>Choose a report or notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_dialog.py" line="149"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_dialog.py" line="155"/>
        <source>Choose a certificate to trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_dialog.py" line="156"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_dialog.py" line="167"/>
        <source>No certificate could be read from {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/verify_dialog.py" line="172"/>
        <source>Also trusted: %n certificate(s) from {name}</source>
        <translation>
            <numerusform>Also trusted: %n certificate from {name}</numerusform>
            <numerusform>Also trusted: %n certificates from {name}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_dialog.py" line="222"/>
        <source>File: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_dialog.py" line="247"/>
        <source>the file is larger than a report can be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_dialog.py" line="249"/>
        <source>The file could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_dialog.py" line="266"/>
        <source>No: this database has no record of this exact file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_dialog.py" line="269"/>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_dialog.py" line="269"/>
        <source>notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_dialog.py" line="271"/>
        <source>Yes: {kind} {number}, {facility}, inspected on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_dialog.py" line="278"/>
        <source>VALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/verify_dialog.py" line="278"/>
        <source>INVALID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
