<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend a signed inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed record is never changed silently. Say why it must be corrected: the reason is kept in the audit log and shown on the record. The earlier signatures stay on file, marked as superseded; the corrected inspection must be completed and signed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen for correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The reason needs at least %n character(s).</source>
        <translation>
            <numerusform>The reason needs at least %n character.</numerusform>
            <numerusform>The reason needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswerText</name>
    <message>
        <source>possible: {min} to {max} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type 2026-06-01, 20260601 or 2026/6/1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a usable number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not possible: the lowest possible value is {min} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not possible: the highest possible value is {max} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a whole number: this counts {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a complete date; {forms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is before {earliest}: check the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is after the inspection date {inspection_date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer than {max} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was not accepted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Childcare Safety &amp; Hygiene Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {path} is not a safe place for the database, so the app does not use it. Nothing was changed.

{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data in {path} cannot be opened.

{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>{facilities}, {inspections}, {photos}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n facilities</source>
        <translation>
            <numerusform>%n facility</numerusform>
            <numerusform>%n facilities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inspections</source>
        <translation>
            <numerusform>%n inspection</numerusform>
            <numerusform>%n inspections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
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
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is one file holding everything in the data folder: the database, the photos, the signing keys (still protected by their passphrases) and the settings. You can keep working while it is made. Keep backups on another disk or a USB drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the backup in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved: {path} ({size}). It holds {contents}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message>
        <source>Export bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n selected inspection(s)</source>
        <translation>
            <numerusform>The %n selected inspection</numerusform>
            <numerusform>The %n selected inspections</numerusform>
        </translation>
    </message>
    <message>
        <source>Inspections dated on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything: all facilities, inspectors and inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facilities and inspectors these inspections refer to, their photos and the originals of follow-ups go with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a signing &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no signing key in this data directory yet. A bundle must be signed: create your key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection bundles (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase of your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file in an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking the key and writing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase; nothing was exported. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was not written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>%n inspection</numerusform>
            <numerusform>%n inspections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n facility(ies)</source>
        <translation>
            <numerusform>%n facility</numerusform>
            <numerusform>%n facilities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inspector(s)</source>
        <translation>
            <numerusform>%n inspector</numerusform>
            <numerusform>%n inspectors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported {counts} ({size}) to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <source>Import bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a bundle file, or drop one on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this signer only if you know this inspector and the fingerprint matches the one they read out to you (for example over the phone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I know this inspector; &amp;trust this signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;unchanged records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection bundles (*.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed; nothing was changed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle could not be checked: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. If you know this inspector, accept the signer below to see what the bundle holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (badge {badge})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing would change nothing: every record in this bundle is already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing also adds {name} to the trusted signers on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Press Import to apply the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected records are left out; the rest is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (trusted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (accepted by you, not yet trusted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show &amp;unchanged records (%n)</source>
        <translation>
            <numerusform>Show &amp;unchanged records (%n)</numerusform>
            <numerusform>Show &amp;unchanged records (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The bundle holds %n record(s): {counts}</source>
        <translation>
            <numerusform>The bundle holds %n record: {counts}</numerusform>
            <numerusform>The bundle holds %n records: {counts}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) kept for a decision</source>
        <translation>
            <numerusform>%n conflict kept for a decision</numerusform>
            <numerusform>%n conflicts kept for a decision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) added</source>
        <translation>
            <numerusform>%n photo added</numerusform>
            <numerusform>%n photos added</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is now a trusted signer on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceButtons</name>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(compliant answer: {answer})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceCell</name>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conclude</name>
    <message>
        <source>Not judged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: needs a photo as evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical failure: needs a note or a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical item marked N.A.: needs the reason in its note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up: not yet marked rectified or not rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too little ink for a signature: sign with your full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is too small (a dot or a short stroke): sign with your full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is signed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature image cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcludePage</name>
    <message>
        <source>Answered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report and notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be completed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings and required rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failed critical item makes the verdict Fail on its own; otherwise the score decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n critical item(s) failed: the verdict is Fail whatever the score.</source>
        <translation>
            <numerusform>%n critical item failed: the verdict is Fail whatever the score.</numerusform>
            <numerusform>%n critical items failed: the verdict is Fail whatever the score.</numerusform>
        </translation>
    </message>
    <message>
        <source>{answered} of {applicable}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} ({parts})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up of findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{checked} of {total} findings checked, {fixed} rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on {when} — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on {when}; waiting for signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened for correction (amendment); complete and sign it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: not completed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) must be dealt with before the inspection can be completed. Double-click one to go there.</source>
        <translation>
            <numerusform>%n item must be dealt with before the inspection can be completed. Double-click it to go there.</numerusform>
            <numerusform>%n items must be dealt with before the inspection can be completed. Double-click one to go there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed items (%n)</source>
        <translation>
            <numerusform>Failed items (%n)</numerusform>
            <numerusform>Failed items (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Completed already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed and locked: amend it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the inspection first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the signed inspection for a correction, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a signed inspection needs an amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) are still open</source>
        <translation>
            <numerusform>%n finding is still open</numerusform>
            <numerusform>%n findings are still open</numerusform>
        </translation>
    </message>
    <message>
        <source>No finding is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Superseded signatures (%n)</source>
        <translation>
            <numerusform>Superseded signatures (%n)</numerusform>
            <numerusform>Superseded signatures (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>open: being corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed again on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}. {when}&lt;/b&gt;, {who} ({state})&lt;br&gt;{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not completed: %n item(s) still need an answer or evidence; they are listed under “Cannot be completed yet”.</source>
        <translation>
            <numerusform>Not completed: %n item still needs an answer or evidence; it is listed under “Cannot be completed yet”.</numerusform>
            <numerusform>Not completed: %n items still need an answer or evidence; they are listed under “Cannot be completed yet”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not completed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed. The inspectors and the facility representative can now sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspection was not signed: the signature of {name} is not usable. {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspection was not signed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An amendment needs a reason of at least %n character(s).</source>
        <translation>
            <numerusform>An amendment needs a reason of at least %n character.</numerusform>
            <numerusform>An amendment needs a reason of at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not amended: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened for correction. Complete and sign it again when done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine (this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (other computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync conflicts are waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} changed both on this computer and by {who} (bundle imported {when}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose, part by part, which version to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other version was signed on the other computer, so it cannot be split: either take it whole or keep yours whole. The parts below show what differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the whole record can be taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine: {mine} · take theirs: {theirs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision was not applied: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>The disk is full: {path} could not be written. Nothing was changed. Free some space on that disk (delete or move files you do not need, empty the wastebasket) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder is read-only: {path} is on a disk that cannot be written (a write-protected USB drive, a read-only mount). Nothing was changed. Make the disk writable, or choose a folder on a writable disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permission to use {path}: your user account may not read or write it. Nothing was changed. Give your account access to it, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error reading or writing {path}. Nothing was changed. Check that the disk or USB drive is still connected and healthy, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is damaged ({detail}). The app neither reads nor writes it, so nothing more is lost. Restore the last good backup with File → Restore from backup…; the damaged data is kept in a folder next to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy: another program (another window of the app?) is writing to it. Nothing was changed. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {path} is a file, not a folder. Nothing was changed. Start the app with another data folder, or move the file away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database in {path} to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot be written inside the data directory ({folder}), except in its backups folder {backups}; choose that folder or one outside the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made by a newer version of the app (backup format {version}); install that version or newer to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is too full to restore this backup next to the data folder ({needed} needed, {free} free). Free some space and try again; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {path} could not be replaced ({detail}); is the app still running on it in another window? Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} cannot be read ({detail}); no backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database in this backup is damaged ({detail}); nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database in this backup is not a database of this app; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database in this backup has no schema version: it is not a database of this app, or its version table was lost; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made by a newer version of the app (schema {detail}); install that version or newer to restore it; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database in this backup has broken references between its records; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is damaged ({detail}), so no backup was made: a backup of it could not be restored. Restore the last good backup with File → Restore from backup….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is not a database of this app; no backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} has no schema version (it is not a database of this app, or its version table was lost), so no backup was made: a backup of it could not be restored. Restore the last good backup with File → Restore from backup….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} was made by a newer version of the app (schema {detail}); no backup was made. Install that version or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} has broken references between its records, so no backup was made: a backup of it could not be restored. Restore the last good backup with File → Restore from backup….</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restoring this backup would make %n certificate(s) trusted that are not trusted here. Compare the fingerprints with their owners and tick the box under the list if they are right; nothing was restored.</source>
        <translation>
            <numerusform>Restoring this backup would make %n certificate trusted that is not trusted here. Compare the fingerprint with its owner and tick the box under the list if it is right; nothing was restored.</numerusform>
            <numerusform>Restoring this backup would make %n certificates trusted that are not trusted here. Compare the fingerprints with their owners and tick the box under the list if they are right; nothing was restored.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a sound backup of this app (it is damaged, incomplete, or was changed after it was made): {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was written by a newer version of the app (schema {revision}); install that version or newer to open it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is not a database of this app, or it is damaged. Nothing was changed. If it held your data, restore the last good backup with File → Restore from backup….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This inspection is signed and locked; a correction needs an amendment with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} item(s) still need an answer or evidence; see the list above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a signed inspection needs an amendment; this one can be edited directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the inspection before signing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the inspection before following it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amendment needs a reason of at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An official inspection is made by at least {n} inspectors. Add another inspector to the team; the office can allow one inspector for some kinds of inspection (Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every inspector of the team signs the record; still to sign: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not on the team of this inspection and cannot sign it as an inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facility representative must sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature of {name} has too little ink: sign with the full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature of {name} is too small (a dot or a short stroke): sign with the full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has not signed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature image of {name} cannot be used; sign again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature image cannot be used; sign again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} signs twice; each person signs once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A critical item is marked not applicable only with a reason of at least {n} characters: say why it does not apply to this facility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every signature needs the signer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finding needs a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finding needs a required action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline is before the inspection date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This inspection has no open findings to follow up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up cannot be dated before the inspection it follows up ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft can be deleted; a completed or signed inspection is part of the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amended inspection was signed once and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An inspection needs at least one inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An inspector is on the team twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than 80 MB; it is not a photo that can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image claims {size} pixels, more than 100 megapixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image claims far more pixels than a photo has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an image file that can be read (JPEG or PNG; export a HEIC photo as JPEG first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is damaged or truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit code {code} is already registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit code {code} belongs to another facility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge number {badge} is already registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, department and badge number are all required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <source>Create a signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your signing key signs the reports and bundles you issue, so anyone can check that they come from you and were not changed afterwards. Its certificate is trusted on this computer at once. Other computers must trust it too: they are shown its fingerprint when they import your first bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder of the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your profile, chosen in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is chosen in Settings: type your details as they should appear on your certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Badge number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase protects the key: it is asked each time you sign. It cannot be recovered: if you forget it, nobody can use the key again and you must create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read it out to your colleagues: when they import your first bundle, they compare it with the fingerprint they are shown before trusting your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer already has a key labelled “{label}”, so nothing was created. Sign with that key, or ask for help to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>The passphrase needs at least %n character.</numerusform>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ; type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not created: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key “{label}” of {name} was created and its certificate is trusted on this computer. It is valid until {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the date (the answer is cleared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {days} days before the inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{age} days before the inspection (at most {days})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose in a calendar (Alt+↓)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>Report and notice — {facility}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese and English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign with my key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a signing &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the document and press Generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in the system viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft is previewed, not issued: the documents of an inspection are signed and recorded once the inspection itself is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no signing key in this data directory: without one you get a copy, marked as a copy on every page and not recorded as issued. Create your key to issue the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with your key, the document is issued: recorded once you save, print or open it, and any later change to the file shows. Without the signature it is a copy, marked as a copy on every page and not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} · {number} · recorded as issued when you save, print or open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} · recorded as issued {when}, {number} · SHA-256 {sha}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was handed over but could not be recorded as issued: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the key “{label}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase; nothing was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was issued: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft preview — not issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy — not digitally signed, marked as a copy on every page and not recorded as issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PDF viewer opened it; the file is at {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilitiesPage</name>
    <message>
        <source>&amp;Add facility…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a facility (Ctrl+Shift+N or Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected facility (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import facilities from a CSV or Excel sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start inspection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an inspection of the selected facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name (or its pinyin), credit code, township, address, person in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n facility(ies)</source>
        <translation>
            <numerusform>%n facility</numerusform>
            <numerusform>%n facilities</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} facilities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilityDetail</name>
    <message>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No facility selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Inspections (%n)</source>
        <translation>
            <numerusform>Inspections (%n)</numerusform>
            <numerusform>Inspections (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilityDialog</name>
    <message>
        <source>Edit facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters, e.g. 91320281MA1XK7PR34</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>13812345678 or 0510-86801234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This credit code is already registered for another facility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facility was not saved:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilityTableModel</name>
    <message>
        <source>Under 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Facility name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township / street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity (places)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes children under 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves meals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For-profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standalone childcare centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindergarten nursery class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {max} characters; this has {length}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown value “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one service mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown service mode “{value}”; use full day, half day, hourly or temporary, separated by 、 or commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service mode “{mode}” is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be yes (是) or no (否); got “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a whole number from {min} to {max}; got “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be from {min} to {max}; got {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel turned this code into a number ({value}); format the column as text and type the 18-character code again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is stored as a number, so Excel may have changed its last digits; format the column as text and type the code again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit code has exactly 18 characters; this one has {length}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character “{char}” at position {position} is not allowed (did you mean “{suggestion}”?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character “{char}” at position {position} is not allowed; only digits and letters except I, O, Z, S, V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first character must be 1-9, A, N or Y; got “{char}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check digit mismatch: the last character is “{last}” but should be “{expected}”. A character was probably mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same credit code is already on line {line}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another facility is already registered with this code: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a phone number: use an 11-digit mobile (13812345678) or a landline such as 0510-86801234.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required when the facility is filed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FillPage</name>
    <message>
        <source>Show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not applicable to this facility, hidden</source>
        <translation>
            <numerusform>%n item not applicable to this facility, hidden</numerusform>
            <numerusform>%n items not applicable to this facility, hidden</numerusform>
        </translation>
    </message>
    <message>
        <source>This inspection is signed and locked. It is shown read-only; to change an answer, open an amendment (with a reason) on the Conclude tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 pass/yes/compliant option · 2 fail/no/non-compliant option · 3 N.A. (again: undo) · Del clear · J/K or ↓/↑ next/previous item · Enter edit value, Esc back · N note · P photo (or drop, Ctrl+V) · Ctrl+PgDn/PgUp section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a table, Enter or F2 edits the cell (Alt+↓ opens the calendar of a date); Esc returns to the item list, where the letter keys work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item takes several options: Enter goes to them, Space ticks one, Esc returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is a table: Enter goes to it, Insert adds a row, Esc returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item takes a value: press Enter and type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of a table are removed one by one: select one and press Ctrl+Delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo {name} was not added: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Save failed — %n item(s) not saved; see the marked items</source>
        <translation>
            <numerusform>Save failed — %n item not saved; see the marked item</numerusform>
            <numerusform>Save failed — %n items not saved; see the marked items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) not accepted and not saved; see the marked items</source>
        <translation>
            <numerusform>%n value not accepted and not saved; see the marked item</numerusform>
            <numerusform>%n values not accepted and not saved; see the marked items</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingCheckCard</name>
    <message>
        <source>Found on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not &amp;checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was seen: how it was rectified, or what is still wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>{now}; marked {found} here, which takes effect when this follow-up is completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsEditor</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required &amp;action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;eadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: no applicable item has failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the inspection ({date})</source>
        <translation>
            <numerusform>%n day after the inspection ({date})</numerusform>
            <numerusform>%n days after the inspection ({date})</numerusform>
        </translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: a finding needs a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: a finding needs a required action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowupPage</name>
    <message>
        <source>Show only findings not checked &amp;yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up of the inspection of {date} ({facility}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This follow-up checks no findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{checked} of {total} checked, {fixed} rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed critical items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an inspector no longer registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a facility no longer registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an inspection no longer here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item no longer in the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facility representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
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
        <source>Import facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an empty sheet with the expected column headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only rows with &amp;errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip rows with errors and import only the good rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a facility sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.xlsm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an import template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{new} new, {updated} updated, {unchanged} unchanged, {errors} with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the rows with errors in the sheet, or tick “skip rows with errors”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file changed since it was previewed; check the new preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was refused; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: {new} new, {updated} updated, {unchanged} unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors skipped.</source>
        <translation>
            <numerusform>%n row with errors skipped.</numerusform>
            <numerusform>%n rows with errors skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionFilterBar</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionLabels</name>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionListPage</name>
    <message numerus="yes">
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>%n inspection</numerusform>
            <numerusform>%n inspections</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft can be deleted. A completed, signed or amended inspection is part of the record; correct it with an amendment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the draft inspection of {facility} on {date}? Its {answered} answer(s), notes and photos are removed. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was not deleted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up inspections are not available in this build ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionScreen</name>
    <message>
        <source>Back to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} · {date} · {status} · team: {team}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} findings checked · {fixed} rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No score yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score {score:.1f} · {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This inspection was also changed on another computer ({who}). Both versions are kept until you choose what to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some changes could not be saved yet. Leave this inspection anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fails (critical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
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
        <source>Edit inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. District Health Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Badge number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This badge number already belongs to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This badge number is already registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was not saved:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectorTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive: not offered for new inspections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectorsPage</name>
    <message>
        <source>&amp;Add inspector…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An official inspection is carried out by at least two inspectors, so keep at least two active profiles. Profiles are never deleted: deactivate a profile that is no longer used; past inspections keep its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only %n active inspector profile(s). An official inspection needs at least two inspectors: add or reactivate profiles before starting one.</source>
        <translation>
            <numerusform>Only %n active inspector profile. An official inspection needs at least two inspectors: add or reactivate profiles before starting one.</numerusform>
            <numerusform>Only %n active inspector profiles. An official inspection needs at least two inspectors: add or reactivate profiles before starting one.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer this inspector for new inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop offering this inspector for new inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <source>Critical · veto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo if failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to check: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N.A.  (3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable (key 3); click again to take it back. A critical item asks for the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable (key 3); click again to take it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the answer of this item (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (N) — what you saw, who said what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo required: a failed item of this checklist needs a photo as evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note required: a failed critical item needs a note or a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason required: a critical item marked N.A. needs the reason in its note (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable to this facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N.A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved: see the field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Childcare Safety &amp; Hygiene Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Inspection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an inspection (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Facilities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify a report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export tables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sync &amp;conflicts (%n)…</source>
        <translation>
            <numerusform>Sync &amp;conflicts (%n)…</numerusform>
            <numerusform>Sync &amp;conflicts (%n)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sync conflict(s) waiting</source>
        <translation>
            <numerusform>%n sync conflict waiting</numerusform>
            <numerusform>%n sync conflicts waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search facilities and inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility name, credit code, township or report number; names also by pinyin or its initials (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records changed on two computers wait for your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page cannot be shown: a part of the app is missing ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>%n inspection</numerusform>
            <numerusform>%n inspections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n facility(ies)</source>
        <translation>
            <numerusform>%n facility</numerusform>
            <numerusform>%n facilities</numerusform>
        </translation>
    </message>
    <message>
        <source>Found: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting as {name} ({badge})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is chosen as the current inspector: &lt;a href=&quot;settings&quot;&gt;choose yourself in Settings&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections cannot be started: a part of the app is missing ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspection cannot be shown: a part of the app is missing ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Childcare Safety &amp;amp; Hygiene Inspector&lt;/h3&gt;&lt;p&gt;Version {version}&lt;/p&gt;&lt;p&gt;Data folder:&lt;br&gt;{path}&lt;/p&gt;&lt;p&gt;Database schema: {schema}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MultipleChoiceEditor</name>
    <message>
        <source>(required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(must not be present)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NaReasonDialog</name>
    <message>
        <source>Critical item not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a critical (veto) item: one failure fails the inspection. Say why it does not apply here; the reason is kept as the item&apos;s note and printed in the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the centre is on the ground floor only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The reason needs at least %n character(s).</source>
        <translation>
            <numerusform>The reason needs at least %n character.</numerusform>
            <numerusform>The reason needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Checklist / section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n critical failure(s)</source>
        <translation>
            <numerusform>%n critical failure</numerusform>
            <numerusform>%n critical failures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) missing evidence</source>
        <translation>
            <numerusform>%n item missing evidence</numerusform>
            <numerusform>%n items missing evidence</numerusform>
        </translation>
    </message>
    <message>
        <source>{done} of {total} answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
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
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: {min} to {max} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: at least {min} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: at most {max} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeExportDialog</name>
    <message>
        <source>Export tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilities (the whole registry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspections (one row each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answers (one row per checklist item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;ndings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx), one sheet per table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (UTF-8), one file per table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only inspections &amp;dated from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column names and coded values (kind, status, verdict…) are written in words in this language; the codes are in the …_code columns at the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column keys (for scripts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection &amp;status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV files are saved into a folder you choose: facilities.csv, inspections.csv, answers.csv and findings.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder already has {files}. Replace them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspection-data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting… {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Facilities: %n row(s)</source>
        <translation>
            <numerusform>Facilities: %n row</numerusform>
            <numerusform>Facilities: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inspections: %n row(s)</source>
        <translation>
            <numerusform>Inspections: %n row</numerusform>
            <numerusform>Inspections: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answers: %n row(s)</source>
        <translation>
            <numerusform>Answers: %n row</numerusform>
            <numerusform>Answers: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Findings: %n row(s)</source>
        <translation>
            <numerusform>Findings: %n row</numerusform>
            <numerusform>Findings: %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Export finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tables could not be exported; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeModel</name>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Add photo… (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a photo from a file; you can also drop image files on the item or paste with Ctrl+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo — {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo file cannot be read: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w} × {h} px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this photo from the item? The evidence will no longer appear in the report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Readable</name>
    <message>
        <source>{who}, imported from {signer}&apos;s bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer (no inspector chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line ({command})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up {inspection}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync conflict resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese and English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusalPanel</name>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepeatTable</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or F2 to type a date; Alt+↓ opens the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row ({what}) — Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row — Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected row — Ctrl+Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at least %n row(s)</source>
        <translation>
            <numerusform>at least %n row</numerusform>
            <numerusform>at least %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: see below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}, {column}: {problem} — not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup file (.zip) to check it and see what it holds. Nothing changes until you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database schema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I compared the fingerprints with their owners: trust these certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups (*.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} by version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring replaces all the data in this app with the content of this backup. The current data is not deleted: it is moved to
{previous}
The app then reopens with the restored data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restoring makes %n certificate(s) trusted that are not trusted here. Whoever holds their keys can then sign reports and bundles that this app shows as genuine. Compare each fingerprint with its owner:</source>
        <translation>
            <numerusform>Restoring makes %n certificate trusted that is not trusted here. Whoever holds its key can then sign reports and bundles that this app shows as genuine. Compare its fingerprint with its owner:</numerusform>
            <numerusform>Restoring makes %n certificates trusted that are not trusted here. Whoever holds their keys can then sign reports and bundles that this app shows as genuine. Compare each fingerprint with its owner:</numerusform>
        </translation>
    </message>
    <message>
        <source>{subject}
SHA-256 {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup cannot be restored: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous data is kept in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app now reopens the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes you make are recorded in the audit log under this name. Add profiles on the Inspectors page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to findings drafted and scores computed from now on; completed inspections keep their results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline for &amp;critical findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline for &amp;major findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline for mi&amp;nor findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest score for &amp;Pass:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest score for &amp;Basic pass:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One inspector may inspect alone for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every other kind of inspection needs at least two inspectors, each of whom signs the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys on this computer sign reports and bundles; each is protected by its own passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no signing key on this computer yet. You need one to sign reports and export bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a signing &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database schema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({badge}), {department}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used after you restart the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists, reports and the window use this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {value} is below the lowest score for Basic pass ({other}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {value} is above the lowest score for Pass ({other}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign the inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each inspector and the facility representative signs in a box below with the mouse, a pen or a finger. Signing locks the inspection: a later correction needs an amendment with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · badge {badge} · {department}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to sign: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone has signed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureTile</name>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed before an amendment; kept on file, no longer valid for the corrected record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignerBox</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. person in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartFollowupDialog</name>
    <message>
        <source>Start a follow-up inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A follow-up checks the %n open finding(s) of the inspection of {facility} on {date} and records how each was rectified.</source>
        <translation>
            <numerusform>A follow-up checks the %n open finding of the inspection of {facility} on {date} and records how it was rectified.</numerusform>
            <numerusform>A follow-up checks the %n open findings of the inspection of {facility} on {date} and records how each was rectified.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} · {department} · {badge}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the inspectors who take part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An official inspection has at least two inspectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up was not started: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartInspectionDialog</name>
    <message>
        <source>Start an inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search by name or township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine (日常)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special (专项)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint (投诉)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint (联合)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[lead]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checklists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a facility from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} · capacity {capacity} · under 2: {under2} · meals: {meals}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An official inspection is made by at least %n inspectors: choose another inspector. (The office can allow one inspector for some kinds of inspection in Settings.)</source>
        <translation>
            <numerusform>An official inspection is made by at least %n inspector: choose another inspector. (The office can allow one inspector for some kinds of inspection in Settings.)</numerusform>
            <numerusform>An official inspection is made by at least %n inspectors: choose another inspector. (The office can allow one inspector for some kinds of inspection in Settings.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{applying} items apply to this facility; {hidden} are hidden as not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a facility, at least one inspector and a checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspection could not be started: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>team of %n</source>
        <translation>
            <numerusform>team of %n</numerusform>
            <numerusform>team of %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s)</source>
        <translation>
            <numerusform>%n signature</numerusform>
            <numerusform>%n signatures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n amendment(s)</source>
        <translation>
            <numerusform>%n amendment</numerusform>
            <numerusform>%n amendments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s):</source>
        <translation>
            <numerusform>%n row:</numerusform>
            <numerusform>%n rows:</numerusform>
        </translation>
    </message>
    <message>
        <source>note: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(withdrawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding: {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older — kept ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds too many files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds a file with a forbidden name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle has an unexpected structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds a link, which is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds the same file twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds an encrypted file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle uses an unsupported compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is malformed (overlapping files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is malformed (it would unpack far too large)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an inspection bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle comes from a newer version of the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s table of contents is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s contents do not match its table of contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer is not trusted on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was altered after it was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record in the bundle is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo in the bundle is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record in the bundle is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo the records need is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not here before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A later version of ours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has the same version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has a later version; ours is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its facility was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted here as a draft; the bundle holds no later change to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its original inspection was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already kept as a conflict, waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A later version from the other computer is already kept as a conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on both computers; this later version from the other computer replaces the one waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed both here and on the other computer; both versions are kept until someone chooses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is signed and locked here, and the bundle has different content under the same id: refused as a possible forgery (a correction needs an amendment on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict was already resolved, or it no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is no longer on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other version is signed: take it whole or keep yours whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This combination of choices cannot be saved:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <source>Record what you found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a report or notice (PDF), or drop it here, to check its signature and whether this database issued it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose a PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also &amp;trust a certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is intact, the signer is trusted and nothing was changed after signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file carries no digital signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged or is not a readable PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed content was altered after signing: the signature does not match it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content was changed or added after signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not on the trust list of this data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was not valid at the signing time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s certificate cannot be used for signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a report or notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a certificate to trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate could be read from {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Also trusted: %n certificate(s) from {name}</source>
        <translation>
            <numerusform>Also trusted: %n certificate from {name}</numerusform>
            <numerusform>Also trusted: %n certificates from {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than a report can be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: this database has no record of this exact file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: {kind} {number}, {facility}, inspected on {date}; issued {when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUPERSEDED: the record was amended after this document was issued ({when}; reason: {reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is superseded by {number}, issued {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corrected document has not been issued yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
