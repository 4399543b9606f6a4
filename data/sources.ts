// Every source the deck cites, by id. Slides and data records refer to these ids;
// `<SourceLine>` renders them and the Sources slide lists them all.

export interface Source {
  /** Outlet or issuing body, as a reader would look it up. */
  outlet: string
  /** Title of the piece or document, where the fact sheet gives one. */
  title?: string
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) of publication or event. */
  date: string
  /** Read through a secondary source, or otherwise weaker: said on the slide. */
  secondary?: boolean
}

export const sources = {
  'nyt-costa-clarke-2024': {
    outlet: 'Christopher P. Costa & Colin P. Clarke, The New York Times (guest essay)',
    title: 'We Still Haven\'t Figured Out How to Beat ISIS',
    date: '2024-03-31',
  },
  'memorial-911': {
    outlet: 'National September 11 Memorial & Museum',
    title: '2,977 victims of the 9/11 attacks',
    date: '2001-09-11',
  },
  'ap-oef-2001': {
    outlet: 'Associated Press',
    title: 'US and UK strikes open Operation Enduring Freedom',
    date: '2001-10-07',
  },
  'memri-5782': {
    outlet: 'MEMRI Special Dispatch 5782; Voice of America',
    title: 'ISIS declares a caliphate',
    date: '2014-06-29',
  },
  'jamestown-tm-2015': {
    outlet: 'Jamestown Foundation, Terrorism Monitor 13(7)',
    title: 'Islamic State announces Wilayat Khorasan',
    date: '2015',
  },
  'dod-nds-2018': {
    outlet: 'US Department of Defense',
    title: 'Summary of the 2018 National Defense Strategy',
    date: '2018-01-19',
  },
  'afp-baghuz-2019': {
    outlet: 'AFP',
    title: 'SDF declares the territorial defeat of ISIS at Baghuz',
    date: '2019-03-23',
  },
  'ap-baghdadi-2019': {
    outlet: 'Associated Press; BBC',
    title: 'Baghdadi killed in US raid in Idlib',
    date: '2019-10-27',
  },
  'reuters-doha-2020': {
    outlet: 'Reuters; RFE/RL',
    title: 'US-Taliban agreement signed in Doha',
    date: '2020-02-29',
  },
  'un-sg-kabul-2021': {
    outlet: 'UN Secretary-General reports on Afghanistan; wire services',
    title: 'Taliban take Kabul',
    date: '2021-08-15',
  },
  'ap-abbey-gate-2022': {
    outlet: 'Associated Press',
    title: 'Pentagon investigation of the Abbey Gate bombing',
    date: '2022-02-04',
  },
  'dod-mckenzie-2021': {
    outlet: 'US DoD briefing, Gen. Kenneth F. McKenzie',
    title: 'Withdrawal from Afghanistan complete',
    date: '2021-08-30',
  },
  'cnn-zawahiri-2022': {
    outlet: 'CNN; The White House',
    title: 'Zawahiri killed by US strike in Kabul',
    date: '2022-07-31',
  },
  'sasc-kurilla-2023': {
    outlet: 'Senate Armed Services Committee, hearing record',
    title: 'Posture of US Central Command, Gen. Michael E. Kurilla',
    date: '2023-03-16',
  },
  'hasc-kurilla-2024': {
    outlet: 'House Armed Services Committee, hearing record',
    title: 'Posture of US Central Command, Gen. Michael E. Kurilla',
    date: '2024-03-21',
  },
  'afp-russian-embassy-2022': {
    outlet: 'AFP',
    title: 'Suicide bombing at the Russian embassy in Kabul',
    date: '2022-09-05',
  },
  'straits-times-longan-2022': {
    outlet: 'The Straits Times; Emergency Hospital Kabul',
    title: 'Attack on the Longan Hotel in Kabul',
    date: '2022-12-12',
  },
  'ap-nrw-arrests-2023': {
    outlet: 'Associated Press',
    title: 'Germany and the Netherlands arrest 9 suspects in contact with ISIS-K',
    date: '2023-07-06',
  },
  'dpa-cologne-2023': {
    outlet: 'dpa; AFP',
    title: 'New Year\'s Eve plot against Cologne Cathedral',
    date: '2023-12-24',
  },
  'ap-kerman-2024': {
    outlet: 'Associated Press; Anadolu Agency',
    title: 'Twin bombings at the Soleimani memorial in Kerman',
    date: '2024-01-03',
  },
  'ap-istanbul-2024': {
    outlet: 'Associated Press',
    title: 'Gunmen attack Sunday Mass at Santa Maria church, Istanbul',
    date: '2024-01-29',
  },
  'rferl-crocus-2024': {
    outlet: 'RFE/RL; TASS',
    title: 'Crocus City Hall attack, death toll',
    date: '2024-03-30',
  },
  'ap-vienna-2024': {
    outlet: 'Associated Press; CIA Deputy Director David Cohen',
    title: 'Taylor Swift concert plot foiled in Vienna',
    date: '2024-08-07',
  },
  'un-mt-25': {
    outlet: 'UN Analytical Support and Sanctions Monitoring Team',
    title: '25th report (S/2020/53)',
    date: '2020-01',
  },
  'un-mt-28': {
    outlet: 'UN Analytical Support and Sanctions Monitoring Team',
    title: '28th report (S/2021/655)',
    date: '2021-07',
  },
  'un-sg-2022': {
    outlet: 'UN Secretary-General',
    title: 'Report on ISIL (Da\'esh), January 2022',
    date: '2022-01',
  },
  'un-mt-32': {
    outlet: 'UN Analytical Support and Sanctions Monitoring Team',
    title: '32nd report (S/2023/549)',
    date: '2023-07',
  },
  'un-mt-34': {
    outlet: 'UN Analytical Support and Sanctions Monitoring Team',
    title: '34th report',
    date: '2024-07',
  },
  'ap-troops-timeline': {
    outlet: 'Associated Press',
    title: 'Timeline of US troop levels in Afghanistan',
    date: '2021-08',
  },
  'politico-troops': {
    outlet: 'Politico',
    title: 'US troop levels in Afghanistan',
    date: '2017-03',
  },
  'stripes-troops': {
    outlet: 'Stars and Stripes',
    title: 'US troop levels in Afghanistan',
    date: '2020-11',
  },
  'gti-2024': {
    outlet: 'Institute for Economics & Peace',
    title: 'Global Terrorism Index 2024',
    date: '2024',
  },
  'gti-2025': {
    outlet: 'Institute for Economics & Peace',
    title: 'Global Terrorism Index 2025',
    date: '2025',
  },
  'cia-oss-nkvd': {
    outlet: 'CIA, historical reviews (secondary)',
    title: 'The OSS-NKVD liaison, 1943-44',
    date: '1944',
    secondary: true,
  },
  'nyt-crocker-2013': {
    outlet: 'Ryan Crocker, The New York Times',
    title: 'Iran\'s help against the Taliban in 2001',
    date: '2013-11-03',
  },
  'newyorker-hersh-2003': {
    outlet: 'Seymour M. Hersh, The New Yorker',
    title: 'Syria\'s intelligence cooperation with the CIA',
    date: '2003-07-28',
  },
  'csm-libya-2011': {
    outlet: 'The Christian Science Monitor',
    title: 'CIA and MI6 cooperation with Libyan intelligence',
    date: '2011-09-05',
  },
  'readouts-kazan-2017': {
    outlet: 'Kremlin and White House readouts',
    title: 'CIA tip foils a plot against Kazan Cathedral, St Petersburg',
    date: '2017-12-17',
  },
  'reuters-iran-warning-2024': {
    outlet: 'Reuters; The Wall Street Journal',
    title: 'US privately warned Iran before the Kerman bombings',
    date: '2024-01-25',
  },
  'nsc-watson-2024': {
    outlet: 'NSC spokesperson Adrienne Watson, statement',
    title: 'US warned Russia of a planned attack in Moscow',
    date: '2024-03-22',
  },
  'secondary-prison-2021': {
    outlet: 'Taliban minister, as reported by a secondary source',
    title: 'ISIS-K members freed from Bagram and Pul-e-Charkhi',
    date: '2021-08',
    secondary: true,
  },
  'wapo-burns-2021': {
    outlet: 'The Washington Post; NPR',
    title: 'CIA Director Burns meets Baradar in Kabul',
    date: '2021-08-23',
  },
  'afp-balkh-2023': {
    outlet: 'AFP',
    title: 'Balkh governor killed by ISIS suicide bomber',
    date: '2023-03-09',
  },
  'ap-abbey-planner-2023': {
    outlet: 'Associated Press; ABC News',
    title: 'Taliban killed the planner of the Abbey Gate bombing, US officials say',
    date: '2023-04-25',
  },
  'nbc-intel-sharing-2024': {
    outlet: 'NBC News',
    title: 'Internal US debate over intelligence sharing with the Taliban',
    date: '2024-07-03',
  },
  'cia-cohen-2024': {
    outlet: 'CIA Deputy Director David Cohen, public remarks',
    title: 'US engagement with the Taliban against al-Qaeda and ISIS-K',
    date: '2024-08-28',
  },
  'ap-haqqani-2024': {
    outlet: 'Associated Press; DW',
    title: 'Taliban minister Khalil Haqqani killed in Kabul',
    date: '2024-12-11',
  },
  // --- Added on the content branch (issue 9): facts after the essay, and the full-strength
  // objection. Real outlet, title and date from fact-sheet-since-essay.md; URL there.
  'centcom-cooper-2025': {
    outlet: 'US Central Command (press release)',
    title: 'Change of command: Adm. Brad Cooper succeeds Gen. Michael Erik Kurilla',
    date: '2025-08-08',
  },
  'washtimes-prisoners-2021': {
    outlet: 'The Washington Times',
    title: 'Taliban released ISIS-K prisoners, Pentagon says',
    date: '2021-08-27',
  },
  'afghanwitness-haqqani-2024': {
    outlet: 'Afghan Witness (Centre for Information Resilience)',
    title: 'Taliban Minister Khalil Haqqani killed in ISKP-claimed suicide attack',
    date: '2024-12',
  },
  'newser-bagram-2025': {
    outlet: 'Associated Press (via Newser)',
    title: 'Trump wants Bagram air base back. The Taliban isn\'t having it',
    date: '2025-09-21',
    secondary: true,
  },
  'latimes-haqqani-fto-2012': {
    outlet: 'Los Angeles Times',
    title: 'U.S. designates Haqqani network a terrorist organization',
    date: '2012-09-07',
  },
  'thehill-name-lists-2021': {
    outlet: 'The Hill (reporting Politico)',
    title: 'US officials gave Taliban list of evacuees',
    date: '2021-08-26',
  },
  'ctc-nrw-plot-2020': {
    outlet: 'CTC Sentinel (Combating Terrorism Center at West Point)',
    title: 'The April 2020 Islamic State Terror Plot Against U.S. and NATO Military Bases in Germany: The Tajik Connection',
    date: '2020',
  },
  'reuters-blinken-doha-2022': {
    outlet: 'Reuters (via The Star)',
    title: 'Blinken says Taliban \'grossly\' violated Doha agreement by sheltering al Qaeda\'s Zawahiri',
    date: '2022-08-02',
    secondary: true,
  },
  'ap-zawahiri-house-2022': {
    outlet: 'Associated Press (via Iola Register)',
    title: 'Taliban under scrutiny as US kills al-Qaida leader',
    date: '2022-08',
    secondary: true,
  },
  'cnn-cohen-wasiq-2022': {
    outlet: 'CNN (via Mehr News)',
    title: 'US officials hold meeting with Taliban',
    date: '2022-10-09',
    secondary: true,
  },
  'jpost-riksdag-plot-2024': {
    outlet: 'Reuters (via The Jerusalem Post)',
    title: 'Germany arrests two Afghans over plot to attack Swedish parliament',
    date: '2024-03-19',
    secondary: true,
  },
  'rferl-kyrgyz-iskp-2024': {
    outlet: 'RFE/RL',
    title: 'Central Asia in Focus: ISKP Members Detained in Kyrgyzstan',
    date: '2024-06',
  },
  'mt-fsb-moscow-2024': {
    outlet: 'The Moscow Times',
    title: 'FSB says thwarted planned ISIS attack on Moscow police station',
    date: '2024-12-27',
  },
  'abc7-sharifullah-2025': {
    outlet: 'ABC7',
    title: 'Abbey Gate terror suspect Mohammad Sharifullah makes 1st court appearance following extradition to US',
    date: '2025-03-06',
  },
  'aawsat-glezmann-2025': {
    outlet: 'Reuters (via Asharq Al-Awsat)',
    title: 'American citizen Glezmann freed by Taliban',
    date: '2025-03-20',
    secondary: true,
  },
  'dunya-kurilla-pakistan-2025': {
    outlet: 'Dunya News',
    title: 'US CENTCOM chief hails Pakistan as key counterterrorism partner',
    date: '2025-06-11',
  },
  'ap-russia-recognition-2025': {
    outlet: 'Associated Press (via Star Tribune)',
    title: 'Russia says it formally recognizes the Taliban government in Afghanistan, becoming the first country to do so since 2021',
    date: '2025-07-03',
    secondary: true,
  },
  'nuremberg-icc-warrants-2025': {
    outlet: 'International Nuremberg Principles Academy',
    title: 'The Nuremberg Academy contextualises the ICC arrest warrants against Taliban leaders in Afghanistan',
    date: '2025-08-19',
  },
  'rferl-boehler-kabul-2025': {
    outlet: 'RFE/RL',
    title: 'Afghanistan, Taliban, prisoners: Boehler and Khalilzad in Kabul',
    date: '2025-09-13',
  },
  'hindustantimes-muttaqi-2025': {
    outlet: 'Hindustan Times',
    title: 'India has deep interest in Afghanistan: Jaishankar\'s message to Taliban in 1st official meet',
    date: '2025-10-10',
  },
  'military-azzam-2025': {
    outlet: 'Associated Press (via Military.com)',
    title: 'Pakistan arrests Islamic State affiliate\'s spokesman labelled terrorist by US',
    date: '2025-12-18',
    secondary: true,
  },
  'asiaplus-un-mt-2025': {
    outlet: 'Khaama Press (via Asia-Plus), on the UN 1988 Monitoring Team\'s 16th report',
    title: 'UN report warns of ISIS-K threat in Afghanistan; use of child recruits alarms observers',
    date: '2025-12-22',
    secondary: true,
  },
  'eurasia-un-absorbed-2025': {
    outlet: 'Eurasia.ro (repost), on the UN 1988 Monitoring Team\'s 16th report',
    title: 'UN report says Taliban absorbed former fighters from terrorist groups into security ranks',
    date: '2025-12-22',
    secondary: true,
  },
  'ap-turkey-capture-2025': {
    outlet: 'Associated Press (via Mymotherlode)',
    title: 'Turkish agents capture an IS member on the Afghan-Pakistan border',
    date: '2025-12-22',
    secondary: true,
  },
  'dailypakistan-islamabad-2026': {
    outlet: 'Daily Pakistan',
    title: 'Daesh claims responsibility for Islamabad suicide blast as death toll rises to 36',
    date: '2026-02-07',
  },
  'rferl-wrongful-detention-2026': {
    outlet: 'RFE/RL',
    title: 'US designates Afghanistan a state sponsor of wrongful detention',
    date: '2026-03-10',
  },
} as const satisfies Record<string, Source>

export type SourceId = keyof typeof sources

export const sourceIds = Object.keys(sources) as SourceId[]
