<?php
// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Relais form receiver: takes the "Annoncez vos infos" form of the site and writes each
// submission as one JSON file (docs/submission-format.md) into an inbox folder that the web
// cannot read. Relais collects the files over WebDAV (Submissions → Fetch Inbox).
//
// Install: copy this file to the web server (any PHP ≥ 7.4 hosting), set RELAIS_INBOX below
// (or in the environment) to a folder outside the web root — or inside it with the
// .htaccess / nginx rule of README.md that forbids reading it — and point the site setting
// "Submission form address" at this file's URL.

declare(strict_types=1);

// Where submissions go. Must exist and be writable by PHP, and must not be readable from the web.
$inbox = getenv('RELAIS_INBOX') ?: (__DIR__ . '/../relais-inbox');
// Where visitors go after sending (empty: a short page of thanks from this file).
$thanks = getenv('RELAIS_THANKS_URL') ?: '';

const MAX_REQUEST_BYTES = 65536;
const LIMITS = [
    'title' => 300, 'body' => 20000, 'location' => 300, 'address' => 500, 'online_url' => 2048,
    'name' => 200, 'organization' => 200, 'email' => 254, 'phone' => 50, 'website' => 1000,
    'starts_date' => 10, 'starts_time' => 5, 'ends_date' => 10, 'ends_time' => 5, 'kind' => 10,
];
const SECTIONS = ['associations', 'elus-et-decideurs', 'citoyens', 'entrepreneurs'];

function answer(int $status, string $title, array $lines): void
{
    http_response_code($status);
    header('Content-Type: text/html; charset=utf-8');
    header("Content-Security-Policy: default-src 'none'");
    header('X-Content-Type-Options: nosniff');
    $items = '';
    foreach ($lines as $line) {
        $items .= '<li>' . htmlspecialchars($line, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8') . "</li>\n";
    }
    echo "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>"
        . htmlspecialchars($title, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8') . "</title></head><body><h1>"
        . htmlspecialchars($title, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8') . "</h1>\n"
        . ($items === '' ? '' : "<ul>\n$items</ul>\n")
        . "<p>Revenez au formulaire avec le bouton Retour de votre navigateur : ce que vous avez écrit y est encore.</p></body></html>\n";
    exit;
}

if (($_SERVER['REQUEST_METHOD'] ?? '') !== 'POST') {
    header('Allow: POST');
    answer(405, 'Méthode non permise', ['Ce formulaire s’envoie avec POST.']);
}
if ((int)($_SERVER['CONTENT_LENGTH'] ?? 0) > MAX_REQUEST_BYTES) {
    answer(413, 'Annonce trop longue', ['Votre annonce dépasse 64 Ko : raccourcissez le texte.']);
}

$errors = [];
$field = function (string $name) use (&$errors): string {
    $value = $_POST[$name] ?? '';
    if (!is_string($value)) {
        $errors[] = "Le champ « $name » n’est pas du texte.";
        return '';
    }
    if (preg_match('//u', $value) !== 1) {
        $errors[] = "Le champ « $name » n’est pas du texte UTF-8 valide.";
        return '';
    }
    // Control characters (but line breaks and tabs) go.
    $value = preg_replace('/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/u', '', $value);
    $value = trim(str_replace("\r\n", "\n", $value));
    if (mb_strlen_utf8($value) > LIMITS[$name]) {
        $errors[] = "Le champ « $name » est trop long (" . LIMITS[$name] . ' caractères au plus).';
        return '';
    }
    return $value;
};

function mb_strlen_utf8(string $s): int
{
    return (int)preg_match_all('/./us', $s);
}

$title = $field('title');
$kind = $field('kind');
$body = $field('body');
$startsDate = $field('starts_date');
$startsTime = $field('starts_time');
$endsDate = $field('ends_date');
$endsTime = $field('ends_time');
$location = $field('location');
$address = $field('address');
$onlineUrl = $field('online_url');
$name = $field('name');
$organization = $field('organization');
$email = $field('email');
$phone = $field('phone');
$honeypot = $field('website');
$allDay = ($_POST['all_day'] ?? '') === '1';
$consent = ($_POST['consent'] ?? '') === '1';

if ($title === '') {
    $errors[] = 'Le titre est obligatoire.';
}
if ($kind !== 'event' && $kind !== 'news') {
    $errors[] = 'Choisissez « événement » ou « actualité ».';
}
if ($name === '' && $organization === '') {
    $errors[] = 'Indiquez votre nom ou celui de votre organisation.';
}
if ($email === '' || filter_var($email, FILTER_VALIDATE_EMAIL) === false) {
    $errors[] = 'Indiquez une adresse électronique valide, pour que la rédaction puisse vous répondre.';
}
if (!$consent) {
    $errors[] = 'Acceptez les conditions de publication.';
}
if ($onlineUrl !== '' && preg_match('#^https?://[^\s/]+#i', $onlineUrl) !== 1) {
    $errors[] = 'Le lien en ligne doit commencer par http:// ou https://.';
}
$date = function (string $day, string $time, string $label) use (&$errors): ?string {
    if ($day === '') {
        return null;
    }
    if (preg_match('/^(\d{4})-(\d{2})-(\d{2})$/', $day, $m) !== 1 || !checkdate((int)$m[2], (int)$m[3], (int)$m[1])) {
        $errors[] = "La date $label n’existe pas.";
        return null;
    }
    if ($time === '') {
        return $day;
    }
    if (preg_match('/^([01]\d|2[0-3]):[0-5]\d$/', $time) !== 1) {
        $errors[] = "L’heure $label n’est pas une heure (14:30).";
        return null;
    }
    return $day . 'T' . $time; // in the site's time zone: Relais knows it
};
$startsAt = $date($startsDate, $allDay ? '' : $startsTime, 'de début');
$endsAt = $date($endsDate, $allDay ? '' : $endsTime, 'de fin');
if ($kind === 'event' && $startsAt === null && $startsDate === '') {
    $errors[] = 'Un événement a une date de début.';
}
$sections = [];
$posted = $_POST['sections'] ?? [];
if (is_array($posted)) {
    foreach ($posted as $s) {
        if (is_string($s) && in_array($s, SECTIONS, true)) {
            $sections[] = $s;
        }
    }
}
if ($errors) {
    answer(400, 'Votre annonce n’a pas pu être envoyée', $errors);
}

$submission = [
    'id' => bin2hex(random_bytes(16)),
    'received_at' => gmdate('Y-m-d\TH:i:s\Z'),
    'kind' => $kind,
    'title' => $title,
    'body' => $body,
    'all_day' => $allDay,
    'location' => $location,
    'address' => $address,
    'sections' => array_values(array_unique($sections)),
    'submitter' => ['name' => $name, 'email' => $email, 'organization' => $organization, 'phone' => $phone],
    'consent' => $consent,
];
if ($startsAt !== null) {
    $submission['starts_at'] = $startsAt;
}
if ($endsAt !== null) {
    $submission['ends_at'] = $endsAt;
}
if ($onlineUrl !== '') {
    $submission['online_url'] = $onlineUrl;
}
if ($honeypot !== '') {
    $submission['honeypot'] = $honeypot; // kept: Relais marks it as probable spam
}

if (!is_dir($inbox) || !is_writable($inbox)) {
    error_log('Relais receiver: the inbox folder is missing or not writable: ' . $inbox);
    answer(503, 'Service momentanément indisponible', ['Réessayez plus tard ou écrivez à la rédaction.']);
}
$json = json_encode($submission, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRETTY_PRINT);
$final = $inbox . '/' . $submission['id'] . '.json';
$temporary = $inbox . '/.' . $submission['id'] . '.tmp';
// Written whole, then renamed: Relais never reads half a file.
if ($json === false || file_put_contents($temporary, $json . "\n", LOCK_EX) === false || !rename($temporary, $final)) {
    @unlink($temporary);
    error_log('Relais receiver: cannot write ' . $final);
    answer(503, 'Service momentanément indisponible', ['Réessayez plus tard ou écrivez à la rédaction.']);
}
@chmod($final, 0640);

if ($thanks !== '') {
    header('Location: ' . $thanks, true, 303);
    exit;
}
answer(200, 'Merci, votre annonce est bien arrivée', ['La rédaction la lira avant publication.']);
