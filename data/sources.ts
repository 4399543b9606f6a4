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
} as const satisfies Record<string, Source>

export type SourceId = keyof typeof sources

export const sourceIds = Object.keys(sources) as SourceId[]
