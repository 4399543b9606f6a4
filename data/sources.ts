// Every source the deck cites, by id. Slides and data records refer to these ids;
// `<SourceLine>` renders them and the reference list (`<SourcesList>`) numbers and links them all.
// Outlet, title, dates and URLs follow ../shared/research/bibliography.md (checked 2026-11-30).
// Where it marks a URL "not verified" (it follows the outlet's known address pattern but was not
// seen), the entry says so in a comment: check it before the talk; the reader sees the link as is.

/** Kind of issuing body, for the grouped one-line source line (design-rules.md rule 5). */
export type SourceKind = 'essay' | 'us-government' | 'un' | 'other-government' | 'court' | 'news' | 'research'
export interface Source {
  /** Outlet or issuing body that published the item (no reporters' names). */
  outlet: string
  /** The title as published (bibliography.md "Real title"). */
  title: string
  /** ISO date of publication: YYYY, YYYY-MM or YYYY-MM-DD. */
  published: string
  /** ISO date of the event reported, where it differs from `published`. */
  eventDate?: string
  /** https URL: the original outlet or official document; the repost's URL when only a repost was found. */
  url: string
  /** Read only through a repost: cite the original outlet, treat its figures as uncertain. */
  viaRepost?: boolean
  kind: SourceKind
}

/** ISO date on which the deck's sources were last checked (bibliography.md); the cover shows it. */
export const SOURCES_CHECKED = '2026-11-30'

export const sources = {
  'nyt-costa-clarke-2024': {
    // URL slug taken from a repost's link: not verified. Full text read through reposts.
    outlet: 'The New York Times (guest essay)',
    title: 'We Still Haven\'t Figured Out How to Beat ISIS',
    published: '2024-03-31',
    url: 'https://www.nytimes.com/2024/03/31/opinion/isis-russia-terrorism-attack.html',
    viaRepost: true,
    kind: 'essay',
  },
  'memorial-911': {
    // An undated visitor page: the date given is the event's.
    outlet: 'National September 11 Memorial & Museum',
    title: 'The Memorial',
    published: '2001-09-11',
    url: 'https://www.911memorial.org/visit/memorial',
    kind: 'research',
  },
  'ap-oef-2001': {
    // The AP original was not found; BBC News's own report of the same day was.
    outlet: 'BBC News',
    title: 'US strikes at Afghan targets',
    published: '2001-10-07',
    url: 'https://news.bbc.co.uk/2/hi/south_asia/1556588.stm',
    kind: 'news',
  },
  'memri-5782': {
    outlet: 'MEMRI, Special Dispatch No. 5782',
    title: 'ISIS Declares Islamic Caliphate, Appoints Abu Bakr Al-Baghdadi As \'Caliph\', Declares All Muslims Must Pledge Allegiance To Him',
    published: '2014-07-01',
    eventDate: '2014-06-29',
    url: 'https://www.memri.org/reports/isis-declares-islamic-caliphate-appoints-abu-bakr-al-baghdadi-caliph-declares-all-muslims',
    kind: 'research',
  },
  'jamestown-tm-2015': {
    outlet: 'Jamestown Foundation, Terrorism Monitor 13(7)',
    title: '\'Wilayat Khurasan\': Islamic State Consolidates Position in AfPak Region',
    published: '2015-04-03',
    eventDate: '2015-01-26',
    url: 'https://jamestown.org/program/wilayat-khurasan-islamic-state-consolidates-position-in-afpak-region/',
    kind: 'research',
  },
  'dod-nds-2018': {
    // URL not verified (text read in archived copies).
    outlet: 'US Department of Defense',
    title: 'Summary of the 2018 National Defense Strategy of the United States of America: Sharpening the American Military\'s Competitive Edge',
    published: '2018-01-19',
    url: 'https://dod.defense.gov/Portals/1/Documents/pubs/2018-National-Defense-Strategy-Summary.pdf',
    kind: 'us-government',
  },
  'afp-baghuz-2019': {
    outlet: 'AFP',
    title: 'IS \'caliphate\' totally eliminated: Syria force',
    published: '2019-03-23',
    url: 'https://www.digitaljournal.com/news/world/is-caliphate-totally-eliminated-syria-force/article/545978',
    viaRepost: true,
    kind: 'news',
  },
  'ap-baghdadi-2019': {
    outlet: 'BBC News',
    title: 'President Trump: \'Abu Bakr al-Baghdadi is dead\'',
    published: '2019-10-27',
    url: 'https://www.bbc.com/news/av/world-50200383',
    kind: 'news',
  },
  'reuters-doha-2020': {
    outlet: 'RFE/RL',
    title: 'U.S., Taliban Sign Deal To End War In Afghanistan',
    published: '2020-02-29',
    url: 'https://www.rferl.org/a/doha-us-taliban-agreement-signing/30461672.html',
    kind: 'news',
  },
  'ap-doha-2020': {
    // "About 13,000 U.S. troops" before the drawdown; AP text as carried by Small Wars Journal.
    outlet: 'Associated Press',
    title: 'All U.S. Troops to Leave Afghanistan in 14 Months if Taliban Meets Commitments of Peace Deal Signed Today',
    published: '2020-02-29',
    url: 'https://smallwarsjournal.com/blog/all-us-troops-leave-afghanistan-14-months-if-taliban-meets-commitments-peace-deal-signed-today',
    viaRepost: true,
    kind: 'news',
  },
  'un-sg-kabul-2021': {
    outlet: 'UN Secretary-General, A/76/328–S/2021/759',
    title: 'The situation in Afghanistan and its implications for international peace and security',
    published: '2021-09-02',
    eventDate: '2021-08-15',
    url: 'https://undocs.org/S/2021/759',
    kind: 'un',
  },
  'ap-abbey-gate-2022': {
    // AP's own URL as cited by a repost; text read through a Scripps (WTXL) copy.
    outlet: 'Associated Press',
    title: 'Pentagon: Deadly Afghan airport attack was not preventable',
    published: '2022-02-04',
    url: 'https://apnews.com/article/afghanistan-islamic-state-group-bombings-evacuations-kabul-cf040d942b2c0eee88f71b556143388a',
    viaRepost: true,
    kind: 'news',
  },
  'dod-mckenzie-2021': {
    // The defense.gov transcript was not located; the transcript read is Rev's.
    outlet: 'US Department of Defense (press briefing)',
    title: 'Pentagon Confirms Completion of Afghanistan Withdrawal Press Conference Transcript',
    published: '2021-08-30',
    url: 'https://www.rev.com/blog/transcripts/pentagon-confirms-completion-of-afghanistan-withdrawal-press-conference-transcript',
    viaRepost: true,
    kind: 'us-government',
  },
  'cnn-zawahiri-2022': {
    outlet: 'CNN',
    title: 'Biden speaks on US killing of al Qaeda leader',
    published: '2022-08-01',
    eventDate: '2022-07-31',
    url: 'https://www.cnn.com/politics/live-news/biden-counter-terrorism-remarks-08-01-22',
    kind: 'news',
  },
  'sasc-kurilla-2023': {
    outlet: 'US Central Command (Senate Armed Services Committee transcript)',
    title: 'Senate Armed Services Committee Hearing on Posture of USCENTCOM and USAFRICOM in Review of the Defense Authorization Request for Fiscal Year 2024 and the Future Years Defense Program',
    published: '2023-03-17',
    eventDate: '2023-03-16',
    url: 'https://www.centcom.mil/MEDIA/Transcripts/Article/3332606/senate-armed-services-committee-hearing-on-posture-of-uscentcom-and-usafricom-i/',
    kind: 'us-government',
  },
  'hasc-kurilla-2024': {
    // The URL is the chairman's opening statement for the hearing; the hearing title's exact wording is to check.
    outlet: 'House Armed Services Committee',
    title: 'Full committee hearing on U.S. military posture and national security challenges in the Greater Middle East and Africa',
    published: '2024-03-21',
    url: 'https://armedservices.house.gov/news/documentsingle.aspx?DocumentID=1812',
    kind: 'us-government',
  },
  'afp-russian-embassy-2022': {
    outlet: 'AFP',
    title: 'Two Russian embassy staff among six killed in Kabul suicide attack',
    published: '2022-09-05',
    url: 'https://www.timesofisrael.com/two-russian-embassy-staff-among-six-killed-in-kabul-suicide-attack/',
    viaRepost: true,
    kind: 'news',
  },
  'straits-times-longan-2022': {
    // Publication date inferred (the piece cites China's Tuesday briefing).
    outlet: 'The Straits Times',
    title: 'ISIS-linked group claims credit for Kabul hotel attack targeting Chinese',
    published: '2022-12-13',
    eventDate: '2022-12-12',
    url: 'https://www.straitstimes.com/asia/south-asia/isis-bomb-targets-chinese-diplomats-executives-in-afghanistan',
    kind: 'news',
  },
  'ap-nrw-arrests-2023': {
    outlet: 'Associated Press',
    title: 'Germany, Netherlands arrest 9 over an alleged plan for attacks in line with Islamic State group',
    published: '2023-07-06',
    url: 'https://apnews.com/article/germany-netherlands-terror-group-arrests-20856495d2f7530df8cf4635b26d3fb6',
    kind: 'news',
  },
  'dpa-cologne-2023': {
    // dpa's own headlines were found only in translated reposts; AFP's follow-up is citable.
    outlet: 'AFP',
    title: 'Germany extends detention of 2 in suspected Cologne cathedral plot',
    published: '2024-01-02',
    eventDate: '2023-12-24',
    url: 'https://mb.com.ph/2024/1/2/germany-extends-detention-of-2-in-suspected-cologne-cathedral-plot',
    viaRepost: true,
    kind: 'news',
  },
  'ap-kerman-2024': {
    // AP read only in copies; RFE/RL's own report of the claim was found.
    outlet: 'RFE/RL',
    title: 'Islamic State Claims Its Suicide Bombers Were Responsible For Deadly Blasts In Iran',
    published: '2024-01-04',
    eventDate: '2024-01-03',
    url: 'https://www.rferl.org/a/iran-kerman-soleimani-blasts-us-israel-involvement/32759460.html',
    kind: 'news',
  },
  'ap-istanbul-2024': {
    outlet: 'Associated Press',
    title: 'Islamic State claims responsibility for attack on Istanbul church that killed 1',
    published: '2024-01-29',
    eventDate: '2024-01-28',
    url: 'https://toronto.citynews.ca/2024/01/29/islamic-state-claims-responsibility-for-attack-on-istanbul-church-that-killed-1/',
    viaRepost: true,
    kind: 'news',
  },
  'tass-crocus-2024': {
    // The official toll of 30 March 2024: 144 dead, 551 injured (Emergencies Ministry).
    outlet: 'TASS',
    title: 'Number of those injured in Moscow terrorist attack revised upward to 551',
    published: '2024-03-30',
    eventDate: '2024-03-22',
    url: 'https://tass.com/emergencies/1768159',
    kind: 'news',
  },
  'rferl-crocus-2026': {
    // The later count, 149 dead, reported with the verdict. The stored copy read lacks the
    // headline: the title below is the report's subject, to replace with the headline when seen.
    outlet: 'RFE/RL',
    title: 'Life sentences over the 2024 Crocus City Hall attack (headline not seen)',
    published: '2026-03-12',
    eventDate: '2024-03-22',
    url: 'https://www.rferl.org/a/russia-life-sentence-2024-moscow-terror-attack/33702874.html',
    kind: 'news',
  },
  'ap-vienna-2024': {
    outlet: 'Associated Press',
    title: '\'Tragedy prevented\' by foiling apparent plot to attack Taylor Swift concerts in Austria, official says',
    published: '2024-08-08',
    eventDate: '2024-08-07',
    url: 'https://www.hindustantimes.com/world-news/tragedy-prevented-by-foiling-apparent-plot-to-attack-taylor-swift-concerts-in-austria-official-says-101723110154223.html',
    viaRepost: true,
    kind: 'news',
  },
  'un-mt-25': {
    outlet: 'UN Security Council, S/2020/53',
    title: 'Twenty-fifth report of the Analytical Support and Sanctions Monitoring Team',
    published: '2020-01-20',
    url: 'https://undocs.org/S/2020/53',
    kind: 'un',
  },
  'un-mt-28': {
    outlet: 'UN Security Council, S/2021/655',
    title: 'Twenty-eighth report of the Analytical Support and Sanctions Monitoring Team',
    published: '2021-07-21',
    url: 'https://undocs.org/S/2021/655',
    kind: 'un',
  },
  'un-sg-2022': {
    // Symbol believed S/2022/63 (not confirmed); text read through a repost.
    outlet: 'UN Secretary-General, S/2022/63',
    title: 'Fourteenth report of the Secretary-General on the threat posed by ISIL (Da\'esh) to international peace and security and the range of United Nations efforts in support of Member States in countering the threat',
    published: '2022-01',
    url: 'https://undocs.org/S/2022/63',
    viaRepost: true,
    kind: 'un',
  },
  'un-mt-32': {
    outlet: 'UN Security Council, S/2023/549',
    title: 'Thirty-second report of the Analytical Support and Sanctions Monitoring Team',
    published: '2023-07-25',
    url: 'https://undocs.org/S/2023/549',
    kind: 'un',
  },
  'un-mt-34': {
    // Symbol and exact date not confirmed (believed S/2024/556); excerpts read in a repost.
    outlet: 'UN Security Council',
    title: 'Thirty-fourth report of the Analytical Support and Sanctions Monitoring Team submitted pursuant to resolution 2734 (2024) concerning ISIL (Da\'esh), Al-Qaida and associated individuals and entities',
    published: '2024-07',
    url: 'https://thepakistantimes.com.pk/thirty-fourth-report-of-the-analytical-support-and-sanctions-monitoring-team-submitted-pursuant-to-resolution-2734-2024-concerning-isil-daesh-al-qaida',
    viaRepost: true,
    kind: 'un',
  },
  'ap-troops-2014': {
    // The 2001-2010 troop figures (1,300 to about 100,000).
    outlet: 'Associated Press',
    title: 'A snapshot of US troop commitment in Afghanistan',
    published: '2014-05-25',
    url: 'https://wiat.com/2014/05/25/a-snapshot-of-us-troop-commitment-in-afghanistan/',
    viaRepost: true,
    kind: 'news',
  },
  'wapo-surge-2012': {
    // About 68,000 in September 2012, after the surge troops left.
    outlet: 'The Washington Post',
    title: 'Final \'surge\' troops leave Afghanistan',
    published: '2012-09-20',
    url: 'https://www.washingtonpost.com/world/national-security/final-surge-troops-leave-afghanistan/2012/09/20/09cf785c-0393-11e2-91e7-2962c74e7738_story.html',
    kind: 'news',
  },
  'politico-troops': {
    outlet: 'Politico',
    title: 'Trump will increase troops in Afghanistan. Here\'s how U.S. troop levels have changed since 2001.',
    published: '2017-08-21',
    url: 'https://www.politico.com/interactives/2017/timeline-troops-afghanistan-trump/',
    kind: 'news',
  },
  'dod-miller-2020': {
    // 4,500 troops, to be cut to 2,500 by 2021-01-15 (the 4,500 is in DoD News's report of the day).
    outlet: 'US Department of Defense',
    title: 'Acting Secretary Miller Announcement on Afghanistan and Iraq Troop Levels',
    published: '2020-11-17',
    url: 'https://www.defense.gov/Newsroom/Speeches/Speech/Article/2418226/acting-secretary-miller-announcement-on-afghanistan-and-iraq-troop-levels/',
    kind: 'us-government',
  },
  'ap-troops-2021': {
    outlet: 'Associated Press',
    title: 'US down to 2,500 troops in Afghanistan, as ordered by Trump',
    published: '2021-01-15',
    url: 'https://wrex.com/2021/01/15/us-down-to-2500-troops-in-afghanistan-as-ordered-by-trump/',
    viaRepost: true,
    kind: 'news',
  },
  'gti-2024': {
    // URL not verified; the report itself not seen (launch release and coverage read).
    outlet: 'Institute for Economics & Peace',
    title: 'Global Terrorism Index 2024: Measuring the Impact of Terrorism',
    published: '2024-02-29',
    url: 'https://www.visionofhumanity.org/maps/global-terrorism-index/',
    viaRepost: true,
    kind: 'research',
  },
  'gti-2025': {
    // URL not verified; the report itself not seen (launch release and coverage read).
    outlet: 'Institute for Economics & Peace',
    title: 'Global Terrorism Index 2025',
    published: '2025-03-05',
    url: 'https://www.visionofhumanity.org/maps/global-terrorism-index/',
    viaRepost: true,
    kind: 'research',
  },
  'smith-sharing-secrets-1996': {
    // A published history of the wartime exchanges, the OSS-NKVD liaison among them
    // (bibliography.md's suggestion; the CIA review the deck cited was not found).
    outlet: 'University Press of Kansas (book by Bradley F. Smith)',
    title: 'Sharing Secrets with Stalin: How the Allies Traded Intelligence, 1941-1945',
    published: '1996',
    url: 'https://books.google.com/books?id=IxOFAAAAIAAJ',
    kind: 'research',
  },
  'nyt-crocker-2013': {
    // URL not verified; read through reposts.
    outlet: 'The New York Times (op-ed)',
    title: 'Talk to Iran, It Works',
    published: '2013-11-03',
    url: 'https://www.nytimes.com/2013/11/04/opinion/talk-to-iran-it-works.html',
    viaRepost: true,
    kind: 'news',
  },
  'newyorker-hersh-2003': {
    outlet: 'The New Yorker',
    title: 'The Syrian Bet',
    published: '2003-07-28',
    url: 'https://www.newyorker.com/magazine/2003/07/28/the-syrian-bet',
    kind: 'news',
  },
  'csm-libya-2011': {
    outlet: 'The Christian Science Monitor',
    title: 'How US, British intelligence worked to bring Qaddafi\'s Libya in from the cold',
    published: '2011-09-05',
    url: 'https://www.csmonitor.com/World/Middle-East/2011/0905/How-US-British-intelligence-worked-to-bring-Qaddafi-s-Libya-in-from-the-cold',
    kind: 'news',
  },
  'readouts-kazan-2017': {
    // The Kremlin's readout (title not verified) as quoted by TASS and carried by ANI;
    // the White House readout says the same. Archive pages not located.
    outlet: 'Kremlin (readout)',
    title: 'Telephone conversation with US President Donald Trump',
    published: '2017-12-17',
    url: 'https://www.aninews.in/news/world/europe/putin-thanks-trump-after-cia-helps-foil-terror-plot201712180235160001/',
    viaRepost: true,
    kind: 'other-government',
  },
  'reuters-iran-warning-2024': {
    // The Wall Street Journal had it first; its headline was not found. Reuters' headline as
    // carried by a repost; the link is a follow-up report of the next day.
    outlet: 'Reuters',
    title: 'US warned Iran of \'terrorist threat\' before Jan. 3 attack - official',
    published: '2024-01-25',
    url: 'https://www.thedailybeast.com/us-warned-iran-of-islamic-state-terror-threat-ahead-of-deadly-blast-report',
    viaRepost: true,
    kind: 'news',
  },
  'nsc-watson-2024': {
    // The NSC spokesperson's statement (US evening, 2024-03-22), as reported by AFP.
    outlet: 'AFP',
    title: 'U.S. had warned Russia of possible terror attack on \'large gatherings\': White House',
    published: '2024-03-23',
    eventDate: '2024-03-22',
    url: 'https://www.thehindu.com/news/international/us-had-warned-russia-of-possible-terror-attack-on-large-gatherings-white-house/article67983361.ece',
    viaRepost: true,
    kind: 'news',
  },
  'secondary-prison-2021': {
    // A Taliban claim: acting foreign minister Muttaqi in Tashkent, 2022-07-26, about August 2021.
    outlet: 'Khaama Press',
    title: 'Taliban Foreign Minister Says 1,800 ISIS Prisoners Were Released From Prisons When Kabul Fell',
    published: '2022-07-27',
    eventDate: '2021-08',
    url: 'https://menafn.com/1104599213/Taliban-Foreign-Minister-Says-1800-ISIS-Prisoners-Were-Released-From-Prisons-When-Kabul-Fell',
    viaRepost: true,
    kind: 'news',
  },
  'wapo-burns-2021': {
    // WaPo's URL not located; the link is Axios's report of it the same day.
    outlet: 'The Washington Post',
    title: 'CIA Director William Burns held secret meeting in Kabul with Taliban leader Abdul Ghani Baradar',
    published: '2021-08-24',
    eventDate: '2021-08-23',
    url: 'https://www.axios.com/2021/08/24/cia-director-william-burns-taliban-leader-meeting',
    viaRepost: true,
    kind: 'news',
  },
  'afp-balkh-2023': {
    outlet: 'AFP',
    title: 'Taliban governor of Balkh province killed in suicide attack',
    published: '2023-03-09',
    url: 'https://www.thenews.com.pk/print/1048432-taliban-governor-of-balkh-province-killed-in-suicide-attack',
    viaRepost: true,
    kind: 'news',
  },
  'ap-abbey-planner-2023': {
    // AP's report as carried by The Hill (ABC's original not located).
    outlet: 'Associated Press',
    title: 'Taliban kills ISIS leader behind deadly 2021 Kabul airport attack',
    published: '2023-04-25',
    url: 'https://thehill.com/policy/defense/3971322-taliban-airport-attack-2021-afghanistan-withdrawal/',
    viaRepost: true,
    kind: 'news',
  },
  'nbc-intel-sharing-2024': {
    // NBC's URL not located; the link is a repost that links to NBC.
    outlet: 'NBC News',
    title: 'The enemy of my enemy: Biden admin weighs working with the Taliban to combat ISIS-K',
    published: '2024-07-03',
    url: 'https://www.hstoday.us/subject-matter-areas/counterterrorism/the-enemy-of-my-enemy-biden-admin-weighs-working-with-the-taliban-to-combat-isis-k/',
    viaRepost: true,
    kind: 'news',
  },
  'cia-cohen-2024': {
    // The CIA deputy director's remarks at the Intelligence and National Security Summit.
    outlet: 'NBC News',
    title: 'Predictions about Afghanistan becoming a terror launching pad after U.S. exit \'did not come to pass\'',
    published: '2024-08-28',
    url: 'https://www.nbcnews.com/investigations/afghanistan-not-terrorist-launching-pad-after-us-exit-says-cia-rcna168672',
    viaRepost: true,
    kind: 'news',
  },
  'ap-haqqani-2024': {
    outlet: 'DW',
    title: 'Afghanistan: Taliban minister killed in suicide bombing',
    published: '2024-12-11',
    url: 'https://www.dw.com/en/afghanistan-taliban-minister-killed-in-suicide-bombing/a-71026779',
    kind: 'news',
  },
  // --- Appended on the content branch (issue 9): facts after the essay and the full-strength
  // objection, from fact-sheet-since-essay.md (outlet, date, URL as read there). Where the sheet
  // gives no headline, the title is the URL's words, or marked "headline not seen".
  'centcom-cooper-2025': {
    outlet: 'US Central Command',
    title: 'Change of command: Adm. Brad Cooper succeeds Gen. Michael Erik Kurilla (headline not seen)',
    published: '2025-08-08',
    url: 'https://www.centcom.mil/MEDIA/PRESS-RELEASES/Press-Release-View/Article/4270519',
    kind: 'us-government',
  },
  'washtimes-prisoners-2021': {
    outlet: 'The Washington Times',
    title: 'Taliban released ISIS-K prisoners, Pentagon says',
    published: '2021-08-27',
    url: 'https://www.washingtontimes.com/news/2021/aug/27/taliban-released-isis-k-prisoners-pentagon-says/',
    kind: 'news',
  },
  'afghanwitness-haqqani-2024': {
    outlet: 'Afghan Witness (Centre for Information Resilience)',
    title: 'Taliban Minister Khalil Haqqani killed in ISKP-claimed suicide attack',
    published: '2024-12',
    eventDate: '2024-12-11',
    url: 'https://info-res.org/afghan-witness/reports/taliban-minister-khalil-haqqani-killed-in-iskp-claimed-suicide-attack',
    kind: 'research',
  },
  'newser-bagram-2025': {
    outlet: 'Associated Press',
    title: 'Trump wants Bagram air base back. The Taliban isn\'t having it',
    published: '2025-09-21',
    url: 'https://www.newser.com/story/375543/trump-wants-bagram-air-base-back-the-taliban-isnt-having-it.html',
    viaRepost: true,
    kind: 'news',
  },
  'latimes-haqqani-fto-2012': {
    outlet: 'Los Angeles Times',
    title: 'U.S. designates Haqqani network a terrorist organization',
    published: '2012-09-07',
    url: 'https://www.latimes.com/world/la-xpm-2012-sep-07-la-fg-haqqani-terrorism-20120908-story.html',
    kind: 'news',
  },
  'thehill-name-lists-2021': {
    outlet: 'The Hill',
    title: 'US officials gave Taliban list of evacuees',
    published: '2021-08-26',
    url: 'https://thehill.com/policy/international/middle-east-north-africa/569620-us-officials-gave-taliban-list-of-evacuees',
    kind: 'news',
  },
  'ctc-nrw-plot-2020': {
    outlet: 'CTC Sentinel (Combating Terrorism Center at West Point)',
    title: 'The April 2020 Islamic State Terror Plot Against U.S. and NATO Military Bases in Germany: The Tajik Connection',
    published: '2020',
    eventDate: '2020-04',
    url: 'https://ctc.westpoint.edu/the-april-2020-islamic-state-terror-plot-against-u-s-and-nato-military-bases-in-germany-the-tajik-connection/',
    kind: 'research',
  },
  'reuters-blinken-doha-2022': {
    outlet: 'Reuters',
    title: 'Blinken says Taliban \'grossly\' violated Doha agreement by sheltering al Qaeda\'s Zawahiri',
    published: '2022-08-02',
    eventDate: '2022-08-01',
    url: 'https://www.thestar.com.my/news/world/2022/08/02/blinken-says-taliban-039grossly039-violated-doha-agreement-by-sheltering-al-qaeda039s-zawahiri',
    viaRepost: true,
    kind: 'news',
  },
  'ap-zawahiri-house-2022': {
    outlet: 'Associated Press',
    title: 'Taliban under scrutiny as US kills al-Qaida leader',
    published: '2022-08',
    url: 'https://www.iolaregister.com/news/world-news/taliban-under-scrutiny-as-us-kills-al-qaida-leader',
    viaRepost: true,
    kind: 'news',
  },
  'washex-haqqani-aware-2022': {
    outlet: 'Washington Examiner',
    title: 'FBI director not surprised al-Zawahiri was in home of Haqqani Taliban leader',
    published: '2022-08',
    url: 'https://www.washingtonexaminer.com/news/945988/fbi-director-not-surprised-al-zawahiri-was-in-home-of-haqqani-taliban-leader',
    kind: 'news',
  },
  'cnn-cohen-wasiq-2022': {
    outlet: 'CNN',
    title: 'US officials hold meeting with Taliban',
    published: '2022-10-09',
    eventDate: '2022-10-08',
    url: 'https://en.mehrnews.com/news/192225/US-officials-hold-meeting-with-Taliban',
    viaRepost: true,
    kind: 'news',
  },
  'politico-riksdag-plot-2024': {
    outlet: 'Politico Europe',
    title: 'Germany arrests 2 Afghans over Swedish parliament attack plot',
    published: '2024-03-19',
    url: 'https://mingooland.com/2024/03/germany-arrests-2-afghans-over-swedish-parliament-attack-plot',
    viaRepost: true,
    kind: 'news',
  },
  'rferl-kyrgyz-iskp-2024': {
    outlet: 'RFE/RL',
    title: 'Central Asia in Focus: ISKP Members Detained in Kyrgyzstan',
    published: '2024-06',
    eventDate: '2024-06-14',
    url: 'https://about.rferl.org/article/central-asia-in-focus-iskp-members-detained-in-kyrgyzstan/',
    kind: 'news',
  },
  'mt-fsb-moscow-2024': {
    outlet: 'The Moscow Times',
    title: 'FSB says thwarted planned ISIS attack on Moscow police station',
    published: '2024-12-27',
    url: 'https://www.themoscowtimes.com/2024/12/27/fsb-says-thwarted-planned-isis-attack-on-moscow-police-station-a87473',
    kind: 'news',
  },
  'abc7-sharifullah-2025': {
    outlet: 'ABC7',
    title: 'Abbey Gate terror suspect Mohammad Sharifullah makes 1st court appearance following extradition to US',
    published: '2025-03-06',
    eventDate: '2025-03-05',
    url: 'https://abc7.com/post/abbey-gate-terror-suspect-mohammad-sharifullah-makes-1st-court-appearance-following-extradition-us/15981561/',
    kind: 'news',
  },
  'izvestia-crocus-2025': {
    outlet: 'Izvestia',
    title: 'Report on the opening of the Crocus City Hall trial (in Russian; headline not seen)',
    published: '2025-08-04',
    eventDate: '2024-03-22',
    url: 'https://iz.ru/1931406/elena-balaian-sergei-iusov-nataliia-grafchikova/neliudei-posmotret-s-chego-nachalsia-sud-po-delu-o-terakte-v-krokuse',
    kind: 'news',
  },
  'aawsat-glezmann-2025': {
    outlet: 'Reuters',
    title: 'American citizen Glezmann freed by Taliban (headline not seen)',
    published: '2025-03-20',
    url: 'https://english.aawsat.com/world/5124134-american-citizen-glezmann-freed-taliban',
    viaRepost: true,
    kind: 'news',
  },
  'dunya-kurilla-pakistan-2025': {
    outlet: 'Dunya News',
    title: 'US CENTCOM chief hails Pakistan as key counterterrorism partner',
    published: '2025-06-11',
    eventDate: '2025-06-10',
    url: 'https://dunyanews.tv/en/World/888855-us-centcom-chief-hails-pakistan-as-key-counterterrorism-partner-',
    kind: 'news',
  },
  'ap-russia-recognition-2025': {
    outlet: 'Associated Press',
    title: 'Russia says it formally recognizes the Taliban government in Afghanistan, becoming the first country to do so since 2021',
    published: '2025-07-03',
    url: 'https://www.startribune.com/russia-says-it-formally-recognizes-the-taliban-government-in-afghanistan-becoming-the-first-country-to-do-so-since-2021/601389834',
    viaRepost: true,
    kind: 'news',
  },
  'nuremberg-icc-warrants-2025': {
    outlet: 'International Nuremberg Principles Academy',
    title: 'The Nuremberg Academy contextualises the ICC arrest warrants against Taliban leaders in Afghanistan',
    published: '2025-08-19',
    eventDate: '2025-07-08',
    url: 'https://www.nurembergacademy.org/about-us/news-dates/detail/1340-the-nuremberg-academy-contextualises-the-icc-arrest-warrants-against-taliban-leaders-in-afghanistan',
    kind: 'research',
  },
  'rferl-boehler-kabul-2025': {
    outlet: 'RFE/RL',
    title: 'US envoys Boehler and Khalilzad in Kabul for prisoner talks (headline not seen)',
    published: '2025-09-13',
    url: 'https://www.rferl.org/a/afghanistan-taliban-prisoners-boehler-habibi-khalilzad/33529680.html',
    kind: 'news',
  },
  'hindustantimes-muttaqi-2025': {
    outlet: 'Hindustan Times',
    title: '\'India has deep interest\': Jaishankar\'s message to Taliban in 1st official meet',
    published: '2025-10-10',
    url: 'https://www.hindustantimes.com/india-news/india-has-deep-interest-in-jaishankars-message-to-taliban-in-1st-official-meet-101760078995078.html',
    kind: 'news',
  },
  'military-azzam-2025': {
    outlet: 'Associated Press',
    title: 'Pakistan arrests Islamic State affiliate\'s spokesman labelled terrorist by US',
    published: '2025-12-18',
    eventDate: '2025-05-16',
    url: 'https://secure.military.com/daily-news/2025/12/18/pakistan-arrests-islamic-state-affiliates-spokesman-labelled-terrorist-us.html',
    viaRepost: true,
    kind: 'news',
  },
  'asiaplus-un-mt-2025': {
    // Reports the UN 1988 Committee Monitoring Team's 16th report (to 2025-12-08); symbol not confirmed.
    outlet: 'Khaama Press',
    title: 'UN report warns of ISIS-K threat in Afghanistan; use of child recruits alarms observers',
    published: '2025-12-22',
    eventDate: '2025-12',
    url: 'https://asiaplustj.info/en/news/world/20251222/un-report-warns-of-isis-k-threat-in-afghanistan-use-of-child-recruits-alarms-observers',
    viaRepost: true,
    kind: 'news',
  },
  'eurasia-un-absorbed-2025': {
    // A repost of reporting on the same UN report; exact wording uncertain.
    outlet: 'Eurasia.ro',
    title: 'UN report says Taliban absorbed former fighters from terrorist groups into security ranks',
    published: '2025-12-22',
    eventDate: '2025-12',
    url: 'https://www.eurasia.ro/2025/12/22/un-report-says-taliban-absorbed-former-fighters-from-terrorist-groups-into-security-ranks',
    viaRepost: true,
    kind: 'news',
  },
  'ap-turkey-capture-2025': {
    outlet: 'Associated Press',
    title: 'Turkish agents capture an IS member on the Afghan-Pakistan border',
    published: '2025-12-22',
    url: 'https://mymotherlode.com/news/world/10330254/turkish-agents-capture-an-is-member-on-the-afghan-pakistan-border.html',
    viaRepost: true,
    kind: 'news',
  },
  'rferl-wrongful-detention-2026': {
    outlet: 'RFE/RL',
    title: 'US designates Afghanistan a state sponsor of wrongful detention (headline not seen)',
    published: '2026-03-10',
    eventDate: '2026-03-09',
    url: 'https://www.rferl.org/a/us-designates-afghanistan-state-sponsor-wrongful-detention-taliban/33700635.html',
    kind: 'news',
  },
} as const satisfies Record<string, Source>

export type SourceId = keyof typeof sources

export const sourceIds = Object.keys(sources) as SourceId[]
