package people

import (
	"cmp"
	"slices"
	"strings"
)

// Word classes of the lexicon. One word may belong to several classes.
const (
	lexTitle     uint32 = 1 << iota // capitalised title before a name: President, Minister
	lexHonM                         // Mr, Sir, Lord: a man
	lexHonF                         // Mrs, Ms, Dame: a woman
	lexNat                          // nationality or country adjective: British, Chinese, US
	lexPlace                        // country, city, region: never part of a person's name
	lexTime                         // month, weekday
	lexFunc                         // function word, never part of a name even capitalised
	lexOrgHead                      // head noun of an organisation name: Ministry, Party
	lexRole                         // role noun: minister, leader, spokeswoman
	lexRoleMod                      // modifier inside a role phrase: prime, foreign, deputy
	lexOrgNoun                      // lower-case organisation noun: ministry, government
	lexUnnamedPl                    // plural unnamed sources: officials, aides
	lexParticle                     // name particle: de, van, bin
	lexFemRole                      // role noun that tells a woman: spokeswoman
	lexMaleRole                     // role noun that tells a man: spokesman
	lexFemName                      // common female first name
	lexMaleName                     // common male first name
	lexOrgSingle                    // one-word organisation: Labour, Kremlin, Reuters
	lexHonorific                    // a courtesy title rather than an office: Mr, Dr, Sir
	lexDefDet                       // the, his, her, their, its
	lexIndefDet                     // a, an, one, another
	lexPronM                        // he, him, his, himself
	lexPronF                        // she, her, hers, herself
	lexDoc                          // a text that speaks: report, statement, lawsuit
	lexSpeech                       // a speech verb that follows or precedes a speaker: said, added
)

// lexicon maps a lower-case word to its classes. Built once, never mutated.
var lexicon = buildLexicon()

// lexTable is the lexicon as an open-addressing table keyed by the word
// hash the tokeniser computes while lower-casing a word (see hash.go), so
// that a lookup costs one probe and one comparison. Built once, never
// mutated.
var lexTable = *buildLexTable(lexicon)

// lexBits sets the table's size, a constant so that a lookup indexes it
// with constant shifts and masks: 2^14 slots hold the lexicon's 2,200
// words at four slots a word or more, so that a lookup nearly always
// settles on its first slot. TestLexTable fails when the lexicon outgrows
// that.
const (
	lexBits  = 14
	lexSize  = 1 << lexBits
	lexMask  = lexSize - 1
	lexShift = 64 - lexBits // slots are indexed by the high bits of the hash
)

type lexTab struct {
	// slots has one more slot than the table proper, always empty: words
	// that seen turns away read it, so that they cost no branch and no
	// cache miss.
	slots [lexSize + 1]lexSlot
	// seen has a bit per 16-bit hash prefix of the lexicon's words: 8 KB
	// that stay in the L1 cache and turn away most words of the text that
	// the lexicon lacks without touching the table.
	seen [1 << 10]uint64
}

// lexSlot is 16 bytes. A word is known by its 64-bit hash and its length,
// without comparing its bytes: a word of up to eight bytes has a hash of
// its own (the hash of one chunk is a bijection), longer words share one
// about once in 2^64, and a collision would only lend a word the classes of
// another.
type lexSlot struct {
	hash uint64
	val  uint32
	n    uint32 // word length in bytes
}

func buildLexTable(m map[string]uint32) *lexTab {
	if len(m) >= lexSize {
		panic("people: the lexicon outgrew its table; raise lexBits")
	}
	t := new(lexTab)
	// The words of running text first (function words, determiners,
	// pronouns, speech verbs), in a fixed order: they take their home
	// slots, so that the most looked-up words never probe further (a
	// branch the predictor would miss), whatever the map's order.
	// Sorted by hash, which orders them as well as by word, for a
	// fraction of the comparisons' cost (start-up of every command).
	type word struct {
		hash uint64
		val  uint32
		n    uint32
	}
	var frequent, rest []word
	for k, v := range m {
		w := word{hash: wordHash(k), val: v, n: uint32(len(k))}
		if v&frequentClasses != 0 {
			frequent = append(frequent, w)
		} else {
			rest = append(rest, w)
		}
	}
	byHash := func(a, b word) int { return cmp.Compare(a.hash, b.hash) }
	slices.SortFunc(frequent, byHash)
	slices.SortFunc(rest, byHash)
	for _, w := range append(frequent, rest...) {
		h := w.hash
		for i := h >> lexShift; ; i = (i + 1) & lexMask {
			if t.slots[i].hash == 0 {
				t.slots[i] = lexSlot{hash: h, val: w.val, n: w.n}
				b := h >> 48
				t.seen[b>>6] |= 1 << (b & 63)
				break
			}
		}
	}
	return t
}

// frequentClasses are the classes of the words that make up much of any
// text; buildLexTable gives them their home slots.
const frequentClasses = lexFunc | lexDefDet | lexIndefDet | lexPronM | lexPronF | lexSpeech

// lookupFold returns the classes of the word of n bytes whose ASCII-folded
// hash is h. The lexicon's keys are lower case; the word may be in any case.
func (t *lexTab) lookupFold(n int, h uint64) uint32 {
	i, in := t.home(h)
	sl := &t.slots[i]
	// One branch, nearly never taken: the slot holds another word.
	if sl.other(n, h, in) {
		return t.probe(n, h, (i+1)&lexMask)
	}
	return sl.val // the word's classes, or 0 from the empty last slot
}

// home is the slot lookupFold reads first for hash h, and in, all ones
// when seen lets the word through and 0 when it turns it away. Whether a
// word is known is as good as random to the branch predictor: the slot is
// picked with a mask instead, the empty last slot for a word seen turns
// away. home and other are small enough to inline into the tokeniser's
// loop.
func (t *lexTab) home(h uint64) (i, in uint64) {
	b := h >> 48
	in = -(t.seen[b>>6] >> (b & 63) & 1)
	return h>>lexShift&in | lexSize&^in, in
}

// other reports whether the slot read for the word of n bytes with hash h
// holds another word, so that lookupFold must probe on. A word seen lets
// through has a home slot that is never empty: a lexicon word has the
// same 16 high bits, and so the same home (lexBits <= 16), which it or an
// earlier word took. Only the empty last slot needs no test, and in tells
// it.
func (sl *lexSlot) other(n int, h, in uint64) bool {
	return (sl.hash^h|uint64(sl.n^uint32(n)))&in != 0
}

// nonZero is 1 when v is not 0, else 0, without a branch.
func nonZero(v uint64) uint64 { return (v | -v) >> 63 }

func (t *lexTab) probe(n int, h, i uint64) uint32 {
	for ; ; i = (i + 1) & lexMask {
		sl := &t.slots[i]
		if sl.hash == h && sl.n == uint32(n) {
			return sl.val
		}
		if sl.hash == 0 {
			return 0
		}
	}
}

// lookupFold returns the classes of w, ASCII case folded, without
// allocating.
func lookupFold(w string) uint32 {
	if len(w) > maxLexWord {
		return 0
	}
	return lexTable.lookupFold(len(w), foldHash(w))
}

// hasSuffixFold reports whether w ends in the lower-case suffix suf,
// ignoring ASCII case.
func hasSuffixFold(w, suf string) bool {
	if len(w) < len(suf) {
		return false
	}
	w = w[len(w)-len(suf):]
	for i := 0; i < len(suf); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != suf[i] {
			return false
		}
	}
	return true
}

// natCode maps nationality words (lower case) to a country code so that
// "the UK prime minister" matches "British Prime Minister".
var natCode = buildNatCodes()

func buildLexicon() map[string]uint32 {
	m := make(map[string]uint32, 2048)
	add := func(class uint32, words string) {
		for w := range strings.FieldsSeq(words) {
			if strings.IndexByte(w, '_') >= 0 {
				w = strings.ReplaceAll(w, "_", " ")
			}
			m[w] |= class
		}
	}
	add(lexTitle, `president vice prime minister premier chancellor secretary foreign home defence defense
		deputy senator sen rep representative congressman congresswoman governor gov mayor judge justice
		general gen admiral colonel col captain capt lieutenant lt sergeant sgt king queen prince princess
		pope ambassador commissioner chairman chairwoman chair leader speaker attorney treasury health trade
		finance education culture transport environment interior state shadow chief executive director
		spokesman spokeswoman spokesperson bishop archbishop cardinal rabbi imam sheikh emir sultan crown lord
		baroness dame sir mr mrs ms miss dr prof professor rev reverend minority majority whip former acting
		first lady economy agriculture energy labor commerce homeland security secretary-general undersecretary
		under assistant special envoy coach manager officer inspector detective det superintendent supt insp
		constable cllr ceo chairperson vice-president presidential candidate nominee sheriff councillor councilman ch
		councilwoman mp mep mla msp lawmaker congress senior affairs development justice international
		immigration work pensions communities business industry digital science technology media sport
		welfare labour-party majesty highness ayatollah grand field marshal commander rear brigadier major
		corporal private father sister brother mother saint st deputy-leader leader-elect president-elect
		emeritus principal press attorney-general solicitor solicitor-general advocate-general
		general-secretary party-leader opposition chief-of-staff staff vice-premier vice-chancellor
		vice-chairman vice-chairwoman emperor empress pm vp treasurer comptroller counsel`)
	// A bench named with a plural title: "a bench of Justices Ann Ode and
	// Tom Reyes".
	add(lexTitle, `justices judges`)
	// "Special Agent in Charge Lucinda Torres", "FBI Agent Tom Reyes".
	add(lexTitle, `agent`)
	add(lexDefDet, `the his her their its`)
	add(lexDoc, `report statement lawsuit complaint letter memo memorandum filing study survey poll ad advert
		advertisement editorial headline article book paper document indictment ruling order resolution
		tweet post email e-mail note message release suit brief motion opinion decision verdict analysis
		review assessment filing website site blog column op-ed commentary transcript video clip
		petition manifesto platform policy plan proposal bill law treaty agreement declaration communique
		communiqué notice warning guidance`)
	add(lexIndefDet, `a an one another`)
	add(lexSpeech, `said says added told tells stated explained insisted warned argued claimed replied
		continued noted wrote writes declared admitted conceded recalled responded remarked stressed
		insisted asked acknowledged confirmed denied maintained suggested announced tweeted posted`)
	add(lexPronM, `he him his himself`)
	add(lexPronF, `she her hers herself`)
	add(lexHonorific, `mr mrs ms miss dr prof sir dame lord lady baroness rev reverend mister madam`)
	// "chairman" tells no gender: British copy gives women the title too
	// ("Federation chairman Jan Berry ... Ms Berry").
	add(lexHonM, `mr sir lord king prince pope emperor mister father brother baron earl duke congressman spokesman
		councilman sheikh emir sultan`)
	add(lexHonF, `mrs ms miss dame lady baroness queen princess empress madam sister mother duchess countess
		congresswoman chairwoman spokeswoman councilwoman`)
	add(lexFemRole, `spokeswoman chairwoman congresswoman councilwoman businesswoman queen princess actress
		wife mother daughter sister widow grandmother duchess countess baroness dame stateswoman
		sportswoman policewoman horsewoman anchorwoman stepsister stepmother stepdaughter half-sister niece
		aunt granddaughter`)
	add(lexMaleRole, `spokesman congressman councilman businessman king prince actor husband father
		son brother widower grandfather duke earl statesman sportsman policeman anchorman stepbrother
		stepfather stepson half-brother nephew uncle grandson`)
	// Kin beyond the nuclear family, roles of a relative like "sister".
	add(lexRole, `stepsister stepmother stepdaughter half-sister niece aunt granddaughter stepbrother stepfather
		stepson half-brother nephew uncle grandson`)
	add(lexRole, `president leader minister premier chancellor secretary senator governor mayor spokesman
		spokeswoman spokesperson candidate nominee chairman chairwoman chair chief director ambassador envoy
		official king queen prince princess duke duchess pope general commander judge congressman congresswoman lawmaker
		representative speaker frontrunner front-runner businessman businesswoman billionaire mogul tycoon
		coach manager founder executive ceo head adviser advisor aide attorney lawyer prosecutor incumbent
		challenger officer spokesperson national citizen activist journalist reporter editor author
		professor economist analyst expert campaigner dissident diplomat negotiator commissioner mp mep
		lawyer barrister solicitor campaigner chief-executive strategist pollster consultant organizer
		organiser surgeon doctor physician scientist researcher historian lecturer columnist correspondent
		critic veteran boss owner investor banker founder co-founder partner colleague deputy secretary-general
		undersecretary sheriff detective inspector superintendent constable captain colonel admiral
		emir sultan sheikh cleric bishop archbishop cardinal rabbi imam priest monarch dictator autocrat
		strongman warlord rebel opponent rival ally friend son daughter wife husband mother father brother
		sister widow actor actress singer star player striker goalkeeper midfielder defender athlete
		paceman spinner seamer left-armer right-armer all-rounder batter contestant finalist competitor coroner
		champion nominee-designate whip councillor councilman councilwoman mla msp teacher student pupil
		worker farmer resident witness victim survivor suspect defendant plaintiff governor-general
		vice-president vice-premier emperor empress premier-designate chancellor-designate speaker president-elect agent operative
		staffer trustee regulator administrator secretary-of-state source insider figure member
		man woman person guy girl boy voter attendee protester protestor spectator fan host anchor moderator
		panelist caller viewer delegate organizer volunteer donor backer supporter opponent employee
		commentator pundit blogger writer poet comedian celebrity billionaire governor-elect mayor-elect
		senator-elect nominee spokesperson rep sen gov congressman-elect retiree mom dad parent teen
		politician legislator counterpart predecessor successor cfo coo cto treasurer referee pastor
		co-star winger fly-half scrum-half comedian novelist under-secretary under-secretary-general
		assistant-secretary-general deputy-secretary-general runner sprinter cyclist swimmer golfer
		jockey republican democrat counsel comptroller magnate chairperson skipper`)
	// Offices written with a hyphen: "WHO Director-General Tedros
	// Adhanom Ghebreyesus", "Auditor-General Ann Ode".
	add(lexTitle|lexRole, `director-general auditor-general attorney-general solicitor-general surgeon-general
		inspector-general commissioner-general governor-general`)
	// Less common offices written before a name ("Taoiseach Micheál
	// Martin", "Grand Mufti Shawki Allam") and hyphenated ranks ("Lt-Gen
	// Ann Ode"): the office is the role, never part of the name.
	add(lexTitle|lexRole, `taoiseach tánaiste tanaiste mufti ombudsman ombudsperson patriarch provost
		alderman alderwoman monsignor nuncio commodore headteacher headmaster headmistress lt-gen maj-gen
		brig-gen lt-col lt-cdr major-general lieutenant-general brigadier-general lieutenant-colonel
		rear-admiral vice-admiral air-marshal vice-marshal air-commodore brig cdr cmdr`)
	// Trades whose members wire copy quotes unnamed: "a nurse at the
	// hospital, who asked not to be named, said".
	add(lexRole, `nurse midwife paramedic engineer driver pilot firefighter shopkeeper fisherman miner
		carer cleaner forward keeper goalie centre-back full-back playmaker batsman bowler pitcher
		quarterback rookie gp`)
	// People by their age or standing, whom a story names first and then
	// so: "Leah Brandt, 17, won. “Q,” the teenager said."
	add(lexRole, `teenager youngster newcomer debutant pensioner schoolboy schoolgirl`)
	// Peers a story names by rank alone: "The countess, who inherited the
	// estate in 1998, said". Not "earl" nor "duke": first names too ("Gov.
	// Earl Ray Tomblin").
	add(lexRole, `duchess countess marquess marchioness viscount viscountess baron baroness`)
	// Nationality nouns that stand for a person named before: "the
	// Spaniard told a press conference". They are roles with a nation.
	add(lexRole|lexNat, `spaniard briton frenchman frenchwoman dutchman dutchwoman englishman englishwoman
		scotsman scotswoman welshman welshwoman irishman irishwoman swede dane scot pole finn turk kiwi aussie
		texan parisian londoner berliner muscovite dubliner glaswegian`)
	add(lexMaleRole, `frenchman dutchman englishman scotsman welshman irishman`)
	add(lexFemRole, `frenchwoman dutchwoman englishwoman scotswoman welshwoman irishwoman`)
	add(lexRoleMod, `prime foreign home defence defense deputy vice former interim acting finance health
		justice trade shadow chief senior top new then first press principal opposition culture education
		interior environment energy transport security economic economy junior assistant outgoing incoming
		long-time longtime veteran retired presidential democratic republican conservative liberal labour
		tory independent party campaign state federal national local regional international executive
		general legal military political media communications public white house
		commerce labor agriculture treasury homeland intelligence development science business industry
		european britain's america's china's spokesman spokeswoman lead special co unnamed anonymous
		government`)
	add(lexOrgNoun, `bench panel crowd audience public electorate staff family ministry government department office embassy commission committee campaign council
		police party agency administration company firm court military army parliament cabinet union
		board group charity bank regulator newspaper paper broadcaster network channel tribunal inquiry
		authority authorities watchdog prosecutors consulate kremlin presidency navy forces coalition
		alliance organisation organization association federation institute foundation university
		agency bureau senate congress house assembly legislature regime junta opposition secretariat
		ministries spokesman's station magazine website newsroom team club league corporation`)
	add(lexUnnamedPl, `officials aides sources diplomats analysts critics experts insiders advisers advisors
		observers economists lawyers activists campaigners residents witnesses protesters protestors
		lawmakers legislators members ministers leaders spokesmen representatives investigators prosecutors
		negotiators allies supporters opponents researchers scientists doctors executives authorities
		colleagues friends relatives neighbours neighbors staffers strategists operatives republicans
		democrats voters people police officers soldiers troops rebels militants insurgents mps peers
		commentators pollsters bankers traders investors politicians`)
	add(lexParticle, `de da di du del della der den van von bin ibn al el le la ter ten dos das abu ben do ap bint los las`)
	add(lexOrgHead, `ministry office department party council commission committee agency bureau police
		government parliament congress senate house court union bank fund organisation organization
		association foundation institute university college company corporation corp inc ltd plc llc
		group times post news journal telegraph guardian herald tribune mail express reuters press network
		campaign board authority army navy force forces federation league club church trust watch centre
		center service services forum alliance coalition movement front society academy embassy kremlin
		pentagon council commons lords assembly cabinet treasury exchequer secretariat tribunal
		commission inquiry agency administration regime airlines airways motors industries holdings
		partners capital systems institution institutions observatory hospital school network broadcasting
		channel radio television tv magazine gazette chronicle independent standard observer economist
		review daily weekly monitor street hall palace cathedral commonwealth nations council's fbi cia
		nhs bbc cnn nato opec imf un eu who funds investments resources minerals securities ventures
		technologies solutions freight logistics pharmaceuticals brands foods electronics telecom
		telecoms communications insurance analytics consulting consultancy entertainment studios labs
		robotics petroleum chemicals`)
	// Broadcasters and agencies whose names read like a person's.
	add(lexOrgHead, `jazeera arabiya xinhua kyodo yonhap bernama tass interfax programme program`)
	add(lexOrgSingle, `labour tories conservatives democrats republicans kremlin pentagon reuters ofsted fed
		whitehall westminster nato fbi cia nhs bbc cnn imf opec gop interpol hamas hezbollah taliban
		google apple microsoft amazon facebook twitter meta tesla nasa unicef unesco eu un ap afp xinhua
		hurricane typhoon cyclone storm`)
	// "Sri" is a first name ("Sri Mulyani") as well as half of "Sri Lanka".
	add(lexMaleName|lexFemName, `sri`)
	// "Jan" is a first name of either gender ("Jan de Vries", "Jan
	// Moir") as well as the month: the name bits keep "Jan Peeters" from
	// losing its first word as a date would.
	add(lexMaleName|lexFemName, `jan`)
	add(lexFemName, `carolina`)
	add(lexPlace, `lanka`)
	// Place names that start with a common word: "Santa Fe", "Fort Worth".
	add(lexPlace, `santa fort`)
	// "Zealand" is only ever the second word of "New Zealand".
	add(lexPlace, `zealand`)
	add(lexTime, `january february march april may june july august september october november december
		jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday
		sunday mon tue tues wed thu thur thurs fri sat sun christmas easter today tonight yesterday tomorrow`)
	add(lexFunc, `the a an in on at of for with by from to and but or if when while as after before since
		during following however although though this that these those it its he she they we i you his her
		their our my your there here what who whom whose why how where which yet so then now also meanwhile
		still even just not no yes all some many most more other another each every both such under over
		into upon without within among between against despite about around through until unless because
		whether last next earlier later is was are were be been being has have had do does did will would
		shall should can could may might must let says said say asked told according new old one two three
		four five six seven eight nine ten first second third many few several much less least very too
		only than like unlike near off out up down back away again ago once twice instead rather already
		nor neither either whatever whoever whichever wherever whenever thus hence therefore indeed perhaps
		maybe please thanks thank dear hello hi oh ah well okay ok sorry hey why mr. him them us me
		itself himself herself themselves ourselves myself yourself across along amid amongst behind below
		beneath beside besides beyond inside outside throughout toward towards via per plus minus versus
		vs including regarding concerning following ahead anyway otherwise nevertheless nonetheless
		moreover furthermore overall elsewhere everywhere somewhere nowhere anything everything something
		nothing anyone everyone someone nobody everybody somebody none any`)
	add(lexPlace, `afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
		bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil
		brunei bulgaria burkina burundi cambodia cameroon canada chad chile china colombia comoros congo
		croatia cuba cyprus czechia czech denmark djibouti dominica ecuador egypt eritrea estonia eswatini
		ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana
		haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
		kazakhstan kenya kiribati korea kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya
		liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius
		mexico moldova monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru nepal
		netherlands holland nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru
		philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore
		slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania
		thailand togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu
		venezuela vietnam yemen zambia zimbabwe britain england scotland wales america europe asia africa
		antarctica oceania arctic gaza crimea kashmir tibet xinjiang chechnya darfur kurdistan
		beijing shanghai london paris berlin moscow tokyo washington brussels rome madrid lisbon dublin
		vienna prague warsaw budapest athens ankara istanbul cairo tehran baghdad damascus beirut jerusalem
		riyadh dubai doha kabul islamabad delhi mumbai dhaka bangkok hanoi jakarta manila seoul pyongyang
		taipei canberra sydney melbourne ottawa toronto montreal vancouver mexico havana caracas bogota lima
		santiago brasilia rio buenos nairobi lagos abuja johannesburg pretoria kinshasa addis khartoum
		tripoli tunis algiers rabat kyiv kiev minsk tbilisi yerevan baku tashkent astana geneva zurich
		bern amsterdam rotterdam hague copenhagen stockholm oslo helsinki reykjavik edinburgh glasgow cardiff
		belfast manchester liverpool birmingham leeds bristol oxford cambridge westminster whitehall
		chicago boston houston dallas atlanta miami seattle denver phoenix detroit philadelphia brooklyn
		manhattan california texas florida ohio iowa virginia carolina michigan pennsylvania arizona nevada
		wisconsin minnesota colorado alabama alaska arkansas connecticut delaware hawaii idaho illinois
		indiana kansas kentucky louisiana maine maryland massachusetts mississippi missouri montana nebraska
		hampshire jersey oregon rhode dakota tennessee utah vermont wyoming oklahoma
		hong kong macau singapore yorkshire kent essex surrey sussex cornwall devon ulster
		balkans baltic caribbean pacific atlantic mediterranean sahara sahel siberia scandinavia
		shenzhen guangzhou wuhan chongqing osaka kyoto mumbai karachi lahore tel aviv ramallah
		vatican sochi davos strasbourg luxembourg milan munich frankfurt hamburg barcelona naples
		odesa odessa kharkiv donbas donetsk luhansk mariupol aleppo idlib mosul basra kandahar
		york angeles francisco vegas orleans united states kingdom emirates republic north south east west
		northern southern eastern western central`)
	add(lexNat, `british english scottish welsh irish american chinese french german russian japanese indian
		canadian australian italian spanish iranian iraqi israeli palestinian syrian turkish ukrainian
		polish dutch belgian swiss swedish norwegian danish finnish greek egyptian saudi korean
		pakistani afghan mexican brazilian argentine argentinian nigerian kenyan african european asian
		taiwanese vietnamese thai indonesian malaysian filipino cuban venezuelan colombian chilean
		peruvian portuguese austrian hungarian czech romanian bulgarian serbian croatian lebanese
		jordanian qatari emirati libyan tunisian algerian moroccan ethiopian somali sudanese zimbabwean
		south-african new-zealand us u.s uk u.k eu un usa nato kurdish tibetan uyghur hong-kong
		yemeni bahraini kuwaiti omani belarusian georgian armenian azerbaijani kazakh uzbek
		mongolian burmese bangladeshi sri nepalese cambodian singaporean briton englishman scotsman
		welshman irishman frenchman dutchman spaniard swede texan californian`)
	add(lexMaleName, `john james robert michael william david richard joseph thomas charles christopher daniel
		matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald
		edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon
		benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam
		nathan henry douglas zachary peter kyle walter ethan jeremy harold keith christian roger noah
		gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert
		willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby
		philip johnny tony gordon boris keir rishi nigel ed ted bernie barack bill mike mitt newt rand
		marco ben chris jeb lindsey rick jim tim hillary-not vladimir xi emmanuel francois jacques
		gerhard angela-not olaf recep benjamin-not narendra imran jair justin-not kim-not ali mohammed
		muhammad ahmed hassan hussein omar abdul mahmoud vladimir dmitry sergei sergey igor alexei
		ivan nikolai volodymyr petro viktor jean pierre nicolas manuel pedro carlos luis jorge miguel
		antonio francisco giuseppe matteo silvio mario enrico giorgio hans karl friedrich wolfgang
		helmut jens stefan mustafa tayyip yasser ehud ariel yitzhak shimon naftali avigdor benny
		shinzo fumio yoshihide junichiro taro hu wen li jiang deng mao zhou liam oliver harry charlie
		alistair ken iain tom dominic sajid jeremy-not nick vince neil hugh kwasi nadhim grant liz-not
		jimmy keir-not bob clive derek geoffrey graham malcolm norman stuart trevor colin ian duncan
		alastair menzies hilary-m jacob-not theresa-not gavin rory sadiq andy wes pete deval cory
		beto mitch chuck kevin-not jared reince sean-not steve rudy rex mike-not hogan mark-not esper will`)
	add(lexFemName, `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
		margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie
		rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma
		samantha katherine christine debra rachel catherine carolyn janet ruth maria heather diane
		virginia-not julie joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl
		andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean-not alice
		madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia
		marie diana brittany natalie isabella charlotte rose alexis kayla hillary theresa liz kemi
		priti suella nicola harriet yvette diane-not jacinda angela ursula christine-not sanae kamala
		nancy-not elizabeth-not condoleezza condi madeleine hilary-f clare mo tessa margaret-not
		ruth-not kate jane sue penny andrea-not anne annie louise beth barbara-not nikki carly
		sarah-not michele elise kellyanne hope ivanka melania tulsi marianne marine segolene
		christiane ségolène angela-f yulia svetlana benazir indira golda aung suu tsai ying-wen
		stephanie-not grisham-not dilma cristina michelle-not shirin nadia fatima aisha layla leila`)
	// More first names whose gender wire copy leaves to the reader: the
	// pronoun three paragraphs on ("she said") needs it.
	add(lexFemName, `fiona elena rosa sophie claire annabel carla sofia ana lucia ines chloe zoe lucy katie
		holly gemma ella amelia isla freya leah maya mia yasmin priya meera anita sunita amina mariam
		zainab rania samira yuki keiko naomi ingrid astrid birgit ulrike petra sabine annalena marta
		magdalena agnieszka olena oksana natalia tatiana irina catarina`)
	add(lexMaleName, `ray dean craig kieran declan callum hamish angus ewan euan rahul sanjay vijay arjun ravi
		hiroshi takeshi kenji koji shigeru kwame kofi andrzej tomasz piotr lars sven nils henrik anders
		karim youssef khalid tariq fernando joachim klaus`)
	for k := range m {
		if strings.HasSuffix(k, "-not") || strings.HasSuffix(k, "-f") || strings.HasSuffix(k, "-m") {
			delete(m, k)
		}
	}
	return m
}

func buildNatCodes() map[string]string {
	m := make(map[string]string, 256)
	groups := []string{
		"uk: british britain uk u.k english england scottish scotland welsh wales labour tory tories conservative downing whitehall westminster",
		"us: american america us u.s usa washington democratic democrat republican gop",
		"cn: chinese china beijing",
		"fr: french france paris elysee",
		"de: german germany berlin",
		"ru: russian russia moscow kremlin",
		"jp: japanese japan tokyo",
		"in: indian india delhi",
		"ca: canadian canada ottawa",
		"au: australian australia canberra",
		"it: italian italy rome",
		"es: spanish spain madrid",
		"ir: iranian iran tehran",
		"iq: iraqi iraq baghdad",
		"il: israeli israel jerusalem",
		"ps: palestinian palestine gaza",
		"sy: syrian syria damascus",
		"tr: turkish turkey ankara",
		"ua: ukrainian ukraine kyiv kiev",
		"pl: polish poland warsaw",
		"nl: dutch netherlands holland",
		"kr: korean korea seoul",
		"tw: taiwanese taiwan taipei",
		"eg: egyptian egypt cairo",
		"sa: saudi riyadh",
		"pk: pakistani pakistan islamabad",
		"af: afghan afghanistan kabul",
		"mx: mexican mexico",
		"br: brazilian brazil brasilia",
		"ie: irish ireland dublin",
		"eu: eu european brussels",
		"un: un",
		"hk: hong-kong",
	}
	for _, g := range groups {
		code, words, _ := strings.Cut(g, ":")
		for _, w := range strings.Fields(words) {
			m[w] = code
		}
	}
	return m
}

// tradeHead reports whether w is a trade that ends a firm's name:
// "Bellway Homes", "Thames Water" are bodies, never a "he" or "she". It
// counts only after another word of the name, as "Water boards" and "Gas
// bills" open sentences. Not "Power" nor "Steel": surnames. A switch on
// the length spares hashing the surname of every full name.
func tradeHead(w string) bool {
	var ws []string
	switch len(w) {
	case 3:
		ws = []string{"gas", "oil"}
	case 4:
		ws = []string{"rail"}
	case 5:
		ws = []string{"homes", "water"}
	case 6:
		ws = []string{"retail", "mining", "stores"}
	case 7:
		ws = []string{"airport", "estates", "brewery"}
	case 8:
		ws = []string{"railways", "airports", "shipping"}
	case 9:
		ws = []string{"utilities", "breweries"}
	case 10:
		ws = []string{"properties", "publishing", "healthcare"}
	case 11:
		ws = []string{"engineering"}
	case 12:
		ws = []string{"developments", "construction", "supermarkets"}
	default:
		return false
	}
	for _, x := range ws {
		if equalFoldLower(w, x) {
			return true
		}
	}
	return false
}
