#include "Lexicon.h"

#include <QHash>
#include <QSet>

#include <initializer_list>

namespace gloss::quotes {

namespace {

// The lists hold views of string literals, which live as long as the program.
using WordSet = QSet<QStringView>;

WordSet words(std::initializer_list<QStringView> list)
{
    return WordSet(list.begin(), list.end());
}

} // namespace

bool isSpeechVerb(QStringView w)
{
    static const WordSet set = words({
        u"said", u"says", u"say", u"saying", u"told", u"tells", u"tell", u"added", u"adds", u"stressed", u"stresses",
        u"warned", u"warns", u"wrote", u"writes", u"replied", u"replies", u"reiterated", u"reiterates", u"urged",
        u"urges", u"argued", u"argues", u"insisted", u"insists", u"noted", u"notes", u"explained", u"explains",
        u"announced", u"announces", u"confirmed", u"confirms", u"denied", u"denies", u"acknowledged",
        u"acknowledges", u"admitted", u"admits", u"claimed", u"claims", u"maintained", u"maintains", u"stated",
        u"states", u"declared", u"declares", u"emphasised", u"emphasized", u"emphasises", u"emphasizes",
        u"pledged", u"pledges", u"promised", u"promises", u"vowed", u"vows", u"conceded", u"concedes",
        u"complained", u"complains", u"cautioned", u"cautions", u"recalled", u"recalls", u"testified",
        u"asserted", u"asserts", u"contended", u"contends", u"observed", u"remarked", u"countered", u"counters",
        u"responded", u"responds", u"disclosed", u"revealed", u"reveals", u"repeated", u"underlined",
        u"underscored", u"demanded", u"demands", u"asked", u"asks", u"according", u"predicted", u"predicts",
        u"suggested", u"suggests", u"agreed", u"agrees", u"objected", u"protested", u"boasted", u"joked",
        u"quipped", u"shouted", u"whispered", u"recounted", u"continued", u"concluded", u"pointed",
        u"estimated", u"estimates", u"answered", u"answers", u"specified", u"appealed", u"appeals", u"assured", u"informed", u"reminded", u"advised", u"conceded",
    });
    return set.contains(w);
}

bool takesHearerObject(QStringView w)
{
    static const WordSet set = words({u"told", u"tells", u"tell", u"urged", u"urges", u"assured", u"informed",
                                      u"reminded", u"advised", u"warned", u"warns", u"asked", u"asks"});
    return set.contains(w);
}

bool isFramingVerb(QStringView w)
{
    static const WordSet set = words({
        u"called", u"calls", u"described", u"describes", u"dubbed", u"dubs", u"termed", u"terms", u"branded",
        u"brands", u"labelled", u"labeled", u"labels", u"praised", u"praises", u"criticised", u"criticized",
        u"condemned", u"condemns", u"hailed", u"hails", u"characterised", u"characterized", u"likened",
        u"compared", u"promised", u"pledged", u"vowed", u"spoke", u"speaks", u"referred", u"refers",
        u"dismissed", u"dismisses", u"welcomed", u"welcomes", u"lamented", u"laments", u"accused", u"accuses",
        u"defended", u"defends", u"expressed", u"expresses", u"voiced",
    });
    return set.contains(w) || isSpeechVerb(w);
}

bool isVerbModifier(QStringView w)
{
    static const WordSet set = words({
        u"also", u"later", u"then", u"again", u"previously", u"earlier", u"repeatedly", u"often", u"once",
        u"has", u"had", u"have", u"would", u"will", u"recently", u"publicly", u"privately",
        u"separately", u"further", u"simply", u"only", u"firmly", u"flatly", u"quickly", u"angrily", u"calmly",
        u"bluntly", u"quietly", u"openly", u"last", u"first", u"already", u"too", u"himself", u"herself",
        u"themselves", u"subsequently", u"immediately", u"formally", u"reportedly", u"insistently",
    });
    return set.contains(w);
}

bool isTitleWord(QStringView w)
{
    static const WordSet set = words({
        u"president", u"vice", u"prime", u"minister", u"secretary", u"chancellor", u"premier", u"king", u"queen",
        u"prince", u"princess", u"pope", u"senator", u"sen", u"rep", u"representative", u"congressman",
        u"congresswoman", u"governor", u"gov", u"mayor", u"deputy", u"councillor", u"councilor", u"councilman",
        u"councilwoman", u"judge", u"justice", u"chief", u"general", u"gen", u"colonel", u"col", u"lieutenant",
        u"lt", u"captain", u"capt", u"sergeant", u"sgt", u"commander", u"admiral", u"officer",
        u"inspector", u"detective", u"superintendent", u"constable", u"ambassador", u"envoy", u"spokesman",
        u"spokeswoman", u"spokesperson", u"dr", u"doctor", u"professor", u"prof", u"mr", u"mrs", u"ms", u"miss",
        u"mx", u"sir", u"dame", u"lord", u"lady", u"rev", u"reverend", u"father", u"sister", u"bishop",
        u"archbishop", u"rabbi", u"imam", u"sheikh", u"coach", u"manager", u"director", u"chairman",
        u"chairwoman", u"chair", u"chairperson", u"ceo", u"cfo", u"coo", u"executive", u"founder", u"cofounder",
        u"co-founder", u"president-elect", u"commissioner", u"attorney", u"prosecutor", u"lawyer", u"defence",
        u"defense", u"foreign", u"finance", u"health", u"interior", u"justice", u"economy", u"education",
        u"environment", u"trade", u"labour", u"labor", u"transport", u"energy", u"culture", u"federal",
        u"national", u"regional", u"city", u"county", u"district", u"party", u"opposition", u"leader",
        u"counterpart", u"spokesperson", u"striker", u"midfielder", u"defender", u"goalkeeper", u"forward",
        u"captain", u"skipper", u"singer", u"actor", u"actress", u"author", u"novelist", u"artist",
        u"economist", u"analyst", u"scientist", u"researcher", u"epidemiologist", u"physician", u"nurse",
        u"surgeon", u"teacher", u"principal", u"rector", u"vice-chancellor", u"pastor", u"activist",
        u"campaigner", u"organiser", u"organizer", u"candidate", u"nominee", u"chairman", u"treasurer",
        u"auditor", u"registrar", u"sheriff", u"marshal", u"warden", u"senior", u"junior", u"assistant",
        u"associate", u"acting", u"interim", u"former", u"ex", u"veteran", u"incoming", u"outgoing",
        u"union", u"shop", u"steward", u"general-secretary", u"mp", u"mep", u"mr.", u"dr.",
        u"st", u"fr", u"br", u"sr", u"supt", u"insp", u"det", u"cllr", u"hon", u"rt",
    });
    return set.contains(w);
}

bool isPersonRoleNoun(QStringView w)
{
    static const WordSet set = words({
        u"minister", u"president", u"leader", u"secretary", u"chancellor", u"premier", u"mayor", u"governor",
        u"senator", u"spokesman", u"spokeswoman", u"spokesperson", u"official", u"officer", u"judge", u"justice",
        u"prosecutor", u"lawyer", u"attorney", u"defendant", u"witness", u"coach", u"manager", u"striker",
        u"midfielder", u"defender", u"goalkeeper", u"captain", u"player", u"chief", u"executive", u"ceo",
        u"chairman", u"chairwoman", u"chair", u"director", u"founder", u"doctor", u"scientist", u"researcher",
        u"professor", u"economist", u"analyst", u"expert", u"author", u"novelist", u"artist", u"singer",
        u"actor", u"actress", u"teacher", u"principal", u"headteacher", u"headmaster", u"headmistress",
        u"student", u"resident", u"councillor", u"councilor", u"ambassador", u"envoy", u"diplomat",
        u"commissioner", u"inspector", u"detective", u"epidemiologist", u"physician", u"surgeon", u"nurse",
        u"farmer", u"owner", u"activist", u"campaigner", u"organiser", u"organizer", u"candidate", u"mother",
        u"father", u"woman", u"man", u"victim", u"survivor", u"veteran", u"engineer", u"pilot", u"driver",
        u"spokesperson", u"curator", u"historian", u"treasurer", u"steward", u"negotiator", u"mediator",
        u"opponent", u"critic", u"politician", u"lawmaker", u"legislator", u"mp", u"referee", u"winger",
        u"forward", u"skipper", u"boss", u"head", u"dean", u"pastor", u"priest", u"bishop", u"sheriff",
        u"chancellor", u"counterpart", u"host", u"guest", u"newcomer", u"champion", u"runner", u"cyclist",
        u"athlete", u"swimmer", u"boxer", u"rider", u"climber", u"chef", u"designer", u"architect",
        u"developer", u"founder", u"investor", u"banker", u"trader", u"auditor", u"regulator", u"planner",
        u"paramedic", u"firefighter", u"meteorologist", u"forecaster", u"geologist", u"biologist",
        u"chemist", u"physicist", u"astronomer", u"virologist", u"psychologist", u"sociologist", u"director-general",
    });
    return set.contains(w);
}

bool isOrganisationNoun(QStringView w)
{
    static const WordSet set = words({
        u"ministry", u"government", u"council", u"company", u"firm", u"group", u"police", u"agency", u"department",
        u"committee", u"union", u"party", u"court", u"club", u"team", u"board", u"bank", u"university",
        u"hospital", u"school", u"authority", u"commission", u"office", u"administration", u"kremlin",
        u"embassy", u"army", u"military", u"prosecutors", u"officials", u"authorities", u"organisers",
        u"organizers", u"spokespeople", u"lawmakers", u"regulator", u"regulators", u"airline", u"insurer",
        u"lender", u"retailer", u"carmaker", u"manufacturer", u"startup", u"operator", u"utility",
        u"association", u"federation", u"league", u"charity", u"foundation", u"institute", u"museum",
        u"network", u"broadcaster", u"newspaper", u"campaign", u"coalition", u"alliance", u"opposition",
        u"cabinet", u"parliament", u"senate", u"congress", u"assembly", u"council's", u"service",
        u"watchdog", u"inquiry", u"tribunal", u"board's", u"statement", u"report", u"researchers",
        u"scientists", u"residents", u"workers", u"staff", u"employees", u"members", u"unions", u"experts",
        u"analysts", u"investigators", u"firefighters", u"paramedics", u"doctors", u"teachers", u"families",
    });
    return set.contains(w);
}

bool isOrganisationWord(QStringView w)
{
    static const WordSet set = words({
        u"ministry", u"court", u"council", u"agency", u"university", u"bank", u"party", u"union", u"committee",
        u"company", u"group", u"inc", u"ltd", u"llc", u"plc", u"corp", u"corporation", u"co", u"gmbh", u"ag",
        u"sa", u"news", u"times", u"post", u"gazette", u"gazeta", u"journal", u"herald", u"tribune", u"service",
        u"department", u"office", u"hall", u"street", u"road", u"avenue", u"square", u"airport", u"station",
        u"park", u"center", u"centre", u"institute", u"association", u"federation", u"league", u"fc", u"club",
        u"hospital", u"school", u"college", u"academy", u"church", u"cathedral", u"museum", u"gallery",
        u"theatre", u"theater", u"parliament", u"assembly", u"senate", u"house", u"commission", u"authority",
        u"board", u"foundation", u"fund", u"organisation", u"organization", u"forces", u"army", u"navy",
        u"police", u"kremlin", u"government", u"administration", u"bureau", u"agency's", u"systems",
        u"technologies", u"labs", u"motors", u"airlines", u"airways", u"energy", u"holdings", u"partners",
        u"capital", u"media", u"press", u"radio", u"television", u"tv", u"network", u"institution", u"trust",
        u"society", u"alliance", u"coalition", u"front", u"movement", u"council's", u"ministry's", u"cup",
        u"championship", u"games", u"olympics", u"festival", u"award", u"awards", u"prize", u"act", u"bill",
        u"treaty", u"agreement", u"accord", u"summit", u"conference", u"forum", u"week", u"day", u"river",
        u"lake", u"lac", u"lago", u"loch", u"mont", u"monte", u"piz", u"glacier", u"mountain", u"mountains", u"valley", u"island", u"islands", u"bay", u"sea", u"ocean", u"county",
        u"province", u"region", u"district", u"city", u"town", u"village", u"republic", u"kingdom",
        u"empire", u"union's", u"nations", u"united", u"wanderers", u"rovers", u"athletic", u"city's",
        u"library", u"stadium", u"arena", u"bridge", u"tower", u"palace", u"castle", u"works", u"industries",
        u"pharmaceuticals", u"therapeutics", u"bio", u"software", u"tech", u"solutions", u"services",
        u"logistics", u"foods", u"markets", u"exchange", u"index", u"reserve", u"treasury", u"tribunal",
        u"inquiry", u"commission's", u"party's", u"court's", u"report", u"survey", u"study", u"review",
        u"index", u"plan", u"programme", u"program", u"project", u"scheme", u"initiative", u"strategy",
    });
    return set.contains(w);
}

bool isPlaceOrNationality(QStringView w)
{
    static const WordSet set = words({
        u"us", u"u.s", u"u.s.", u"usa", u"uk", u"u.k", u"eu", u"un", u"nato", u"america", u"american", u"americans",
        u"britain", u"british", u"england", u"english", u"scotland", u"scottish", u"wales", u"welsh", u"ireland",
        u"irish", u"france", u"french", u"germany", u"german", u"italy", u"italian", u"spain", u"spanish",
        u"portugal", u"portuguese", u"netherlands", u"dutch", u"belgium", u"belgian", u"switzerland", u"swiss",
        u"austria", u"austrian", u"poland", u"polish", u"czech", u"slovak", u"hungary", u"hungarian", u"romania",
        u"romanian", u"bulgaria", u"bulgarian", u"greece", u"greek", u"turkey", u"turkish", u"russia",
        u"russian", u"ukraine", u"ukrainian", u"belarus", u"belarusian", u"sweden", u"swedish", u"norway",
        u"norwegian", u"denmark", u"danish", u"finland", u"finnish", u"iceland", u"icelandic", u"estonia",
        u"estonian", u"latvia", u"latvian", u"lithuania", u"lithuanian", u"serbia", u"serbian", u"croatia",
        u"croatian", u"bosnia", u"slovenia", u"china", u"chinese", u"japan", u"japanese", u"korea", u"korean",
        u"india", u"indian", u"pakistan", u"pakistani", u"bangladesh", u"afghanistan", u"iran", u"iranian",
        u"iraq", u"iraqi", u"syria", u"syrian", u"israel", u"israeli", u"palestinian", u"lebanon", u"lebanese",
        u"egypt", u"egyptian", u"jordan", u"saudi", u"arabia", u"qatar", u"emirates", u"yemen", u"africa",
        u"african", u"nigeria", u"nigerian", u"kenya", u"kenyan", u"ethiopia", u"ethiopian", u"ghana",
        u"ghanaian", u"morocco", u"moroccan", u"algeria", u"tunisia", u"libya", u"sudan", u"somalia",
        u"uganda", u"tanzania", u"rwanda", u"congo", u"angola", u"zambia", u"zimbabwe", u"mozambique",
        u"senegal", u"mali", u"brazil", u"brazilian", u"argentina", u"argentine", u"argentinian", u"chile",
        u"chilean", u"peru", u"peruvian", u"colombia", u"colombian", u"venezuela", u"venezuelan", u"mexico",
        u"mexican", u"canada", u"canadian", u"cuba", u"cuban", u"australia", u"australian", u"zealand",
        u"indonesia", u"indonesian", u"malaysia", u"malaysian", u"philippines", u"filipino", u"thailand",
        u"thai", u"vietnam", u"vietnamese", u"singapore", u"taiwan", u"taiwanese", u"mongolia", u"kazakhstan",
        u"georgia", u"georgian", u"armenia", u"armenian", u"azerbaijan", u"european", u"asian", u"western",
        u"eastern", u"northern", u"southern", u"arab", u"latin", u"nordic", u"baltic", u"moscow", u"beijing",
        u"washington", u"london", u"paris", u"berlin", u"brussels", u"kyiv", u"kiev", u"tokyo", u"delhi",
        u"rome", u"madrid", u"vienna", u"geneva", u"warsaw", u"prague", u"budapest", u"athens", u"ankara",
        u"tehran", u"jerusalem", u"cairo", u"nairobi", u"lagos", u"ottawa", u"canberra", u"sydney",
        u"toronto", u"chicago", u"boston", u"york", u"angeles", u"francisco", u"hong", u"kong", u"seoul",
        u"westminster", u"whitehall", u"brussels", u"strasbourg", u"hague", u"lisbon", u"dublin", u"edinburgh",
        u"cardiff", u"belfast", u"manchester", u"liverpool", u"birmingham", u"munich", u"hamburg",
        u"frankfurt", u"zurich", u"milan", u"barcelona", u"amsterdam", u"rotterdam", u"stockholm", u"oslo",
        u"copenhagen", u"helsinki", u"mumbai", u"shanghai", u"istanbul", u"dubai", u"johannesburg",
    });
    return set.contains(w);
}

bool isCommonCapitalised(QStringView w)
{
    static const WordSet set = words({
        u"the", u"a", u"an", u"and", u"but", u"or", u"so", u"yet", u"for", u"nor", u"in", u"on", u"at", u"by",
        u"to", u"of", u"from", u"with", u"without", u"after", u"before", u"during", u"since", u"until", u"while",
        u"when", u"where", u"why", u"how", u"what", u"which", u"who", u"whom", u"whose", u"that", u"this",
        u"these", u"those", u"there", u"here", u"it", u"its", u"he", u"she", u"they", u"we", u"i", u"you",
        u"his", u"her", u"their", u"our", u"my", u"your", u"him", u"them", u"us", u"if", u"as", u"although",
        u"though", u"because", u"however", u"meanwhile", u"earlier", u"later", u"last", u"next", u"yesterday",
        u"today", u"tomorrow", u"tonight", u"now", u"then", u"still", u"also", u"even", u"only", u"just",
        u"already", u"some", u"many", u"most", u"more", u"few", u"several", u"all", u"both", u"each", u"every",
        u"no", u"not", u"none", u"one", u"two", u"three", u"four", u"five", u"six", u"seven", u"eight", u"nine",
        u"ten", u"first", u"second", u"third", u"finally", u"instead", u"indeed", u"yes", u"asked", u"under",
        u"over", u"about", u"against", u"between", u"among", u"through", u"into", u"despite", u"amid", u"like",
        u"unlike", u"according", u"monday", u"tuesday", u"wednesday", u"thursday", u"friday", u"saturday",
        u"sunday", u"january", u"february", u"march", u"april", u"may", u"june", u"july", u"august",
        u"september", u"october", u"november", u"december", u"mr", u"mrs", u"ms", u"dr", u"speaking",
        u"asked", u"such", u"other", u"another", u"once", u"whether", u"nearly", u"almost", u"around",
        u"within", u"outside", u"inside", u"beyond", u"across", u"along", u"behind", u"near", u"above",
        u"below", u"officials", u"police", u"critics", u"supporters", u"residents", u"researchers",
        u"analysts", u"experts", u"people", u"others", u"everyone", u"nobody", u"someone", u"anyone",
        u"thanks", u"please", u"perhaps", u"maybe", u"certainly", u"clearly", u"overall", u"separately",
        u"elsewhere", u"again", u"currently", u"recently", u"previously", u"initially", u"eventually",
        u"ultimately", u"still", u"rather", u"though", u"nevertheless", u"nonetheless", u"furthermore",
        u"moreover", u"besides", u"otherwise", u"therefore", u"thus", u"hence", u"accordingly", u"tags",
    });
    return set.contains(w);
}

bool isNameParticle(QStringView w)
{
    static const WordSet set = words({u"de", u"da", u"di", u"del", u"della", u"dos", u"das", u"du", u"van", u"von",
                                      u"der", u"den", u"ter", u"bin", u"ibn", u"al", u"el", u"la", u"le", u"y",
                                      u"mac", u"st.", u"ben", u"abu", u"bint", u"of"});
    return set.contains(w);
}

Gender pronounGender(QStringView w)
{
    if (w == u"he" || w == u"him" || w == u"his" || w == u"himself")
        return Gender::Male;
    if (w == u"she" || w == u"her" || w == u"hers" || w == u"herself")
        return Gender::Female;
    return Gender::Unknown;
}

bool isPersonPronoun(QStringView w)
{
    return w == u"he" || w == u"she";
}

bool isGroupPronoun(QStringView w)
{
    return w == u"they" || w == u"we";
}

Gender titleGender(QStringView w)
{
    static const WordSet male = words({u"mr", u"sir", u"lord", u"king", u"prince", u"father", u"congressman",
                                       u"councilman", u"chairman", u"spokesman", u"brother", u"fr", u"br"});
    static const WordSet female = words({u"mrs", u"ms", u"miss", u"dame", u"lady", u"queen", u"princess",
                                         u"sister", u"congresswoman", u"councilwoman", u"chairwoman",
                                         u"spokeswoman", u"actress", u"headmistress"});
    if (male.contains(w))
        return Gender::Male;
    if (female.contains(w))
        return Gender::Female;
    return Gender::Unknown;
}

Gender firstNameGender(QStringView w)
{
    // Common given names from many languages, enough to tell two alternating speakers apart; a name not
    // listed stays Unknown and the pronoun takes the most recent speaker.
    static const WordSet male = words({
        u"john", u"james", u"robert", u"michael", u"william", u"david", u"richard", u"joseph", u"thomas", u"tom",
        u"charles", u"christopher", u"daniel", u"matthew", u"anthony", u"antony", u"mark", u"donald", u"steven",
        u"paul", u"andrew", u"joshua", u"kenneth", u"kevin", u"brian", u"george", u"edward", u"ronald", u"timothy",
        u"jason", u"jeffrey", u"ryan", u"jacob", u"gary", u"nicholas", u"eric", u"jonathan", u"stephen", u"larry",
        u"justin", u"scott", u"brandon", u"benjamin", u"samuel", u"frank", u"gregory", u"raymond", u"alexander",
        u"patrick", u"jack", u"dennis", u"jerry", u"tyler", u"aaron", u"henry", u"peter", u"adam", u"nathan",
        u"zachary", u"walter", u"kyle", u"harold", u"carl", u"arthur", u"roger", u"keith", u"jeremy", u"terry",
        u"lawrence", u"sean", u"christian", u"albert", u"joe", u"ethan", u"austin", u"jesse", u"willie", u"billy",
        u"bruce", u"bryan", u"ralph", u"roy", u"jordan", u"eugene", u"wayne", u"louis", u"alan", u"juan",
        u"carlos", u"luis", u"jose", u"jorge", u"miguel", u"pedro", u"pablo", u"diego", u"javier", u"mateo",
        u"marco", u"luca", u"giovanni", u"giuseppe", u"francesco", u"alessandro", u"antonio",
        u"pierre", u"jean", u"jacques", u"francois", u"michel", u"philippe", u"olivier", u"nicolas", u"emmanuel",
        u"hans", u"klaus", u"jurgen", u"wolfgang", u"stefan", u"markus", u"lukas", u"felix", u"boris", u"olaf",
        u"friedrich", u"dieter", u"heinz", u"karl", u"lars", u"erik", u"nils", u"sven", u"anders", u"mikael",
        u"jan", u"piotr", u"tomasz", u"pavel", u"vladimir", u"dmitry", u"sergei", u"sergey", u"alexei", u"ivan",
        u"nikolai", u"mikhail", u"andrei", u"volodymyr", u"oleksandr", u"viktor", u"igor", u"yuri", u"oleg",
        u"mohammed", u"muhammad", u"ahmed", u"ali", u"omar", u"hassan", u"hussein", u"mustafa", u"khalid",
        u"ibrahim", u"yusuf", u"tariq", u"karim", u"rahul", u"raj", u"arjun", u"vikram", u"sanjay", u"amit",
        u"rohan", u"anil", u"ravi", u"suresh", u"wei", u"jun", u"hiroshi", u"takeshi", u"kenji", u"haruto",
        u"min-jun", u"ji-ho", u"kwame", u"kofi", u"chinedu", u"emeka", u"oluwaseun", u"tunde", u"thabo",
        u"sipho", u"jabari", u"baraka", u"tendai", u"liam", u"noah", u"oliver", u"elijah", u"lucas", u"mason",
        u"logan", u"owen", u"dylan", u"connor", u"declan", u"niall", u"callum", u"rory", u"hamish", u"angus",
        u"gareth", u"rhys", u"dafydd", u"ewan", u"finn", u"oscar", u"hugo", u"leo", u"max", u"theo", u"ben",
        u"sam", u"tim", u"jim", u"bob", u"bill", u"mike", u"dave", u"steve", u"pete", u"nick",
        u"rafael", u"fernando", u"ricardo", u"eduardo", u"sergio", u"alejandro", u"andres", u"gabriel",
        u"samir", u"yannick", u"mathieu", u"thierry", u"didier", u"bernard", u"henrik", u"magnus", u"bjorn",
        u"tobias", u"matthias", u"jens", u"uwe", u"rolf", u"gerhard", u"helmut", u"joachim", u"xavier",
        u"ignacio", u"joaquin", u"emilio", u"enrique", u"gustavo", u"mauricio", u"rodrigo", u"sebastian",
        u"rhodri", u"huw", u"iwan", u"emyr", u"gwyn", u"aled", u"geraint", u"owain", u"ieuan", u"cian", u"oisin",
        u"padraig", u"seamus", u"eamon", u"ciaran", u"fergus", u"malcolm", u"duncan", u"alasdair", u"jimmy",
        u"johnny", u"danny", u"tommy", u"bobby", u"eddie", u"frankie", u"harry", u"charlie",
        u"kwabena", u"kojo", u"yaw", u"kwaku", u"femi", u"segun", u"chukwuemeka", u"obinna", u"musa",
        u"abdullah", u"mahmoud", u"youssef", u"amir", u"reza", u"hamid", u"farid", u"nasser", u"walid", u"bilal",
        u"aditya", u"karan", u"nikhil", u"pranav", u"rajesh", u"sunil", u"vijay", u"deepak", u"manish",
        u"hiro", u"takashi", u"satoshi", u"daisuke", u"ryo", u"jin", u"hyun", u"sung", u"minh", u"duc",
        u"mateus", u"thiago", u"joao", u"duarte", u"tiago", u"nuno", u"rui", u"paulo", u"vasco",
        u"aleksander", u"marek", u"krzysztof", u"wojciech", u"jakub", u"milan", u"goran", u"zoran", u"dragan",
        u"niklas", u"florian", u"kai", u"jonas", u"moritz", u"elias",
        u"carl", u"dale", u"glenn", u"troy", u"brett", u"shane", u"craig", u"darren", u"trent",
    });
    static const WordSet female = words({
        u"mary", u"patricia", u"jennifer", u"linda", u"elizabeth", u"barbara", u"susan", u"jessica", u"sarah",
        u"karen", u"nancy", u"lisa", u"betty", u"margaret", u"sandra", u"ashley", u"kimberly", u"emily",
        u"donna", u"michelle", u"dorothy", u"carol", u"amanda", u"melissa", u"deborah", u"stephanie", u"rebecca",
        u"sharon", u"laura", u"cynthia", u"kathleen", u"amy", u"shirley", u"angela", u"helen", u"anna", u"brenda",
        u"pamela", u"nicole", u"emma", u"samantha", u"katherine", u"christine", u"debra", u"rachel", u"catherine",
        u"carolyn", u"janet", u"ruth", u"maria", u"heather", u"diane", u"virginia", u"julie", u"joyce",
        u"victoria", u"olivia", u"kelly", u"christina", u"lauren", u"joan", u"evelyn", u"judith", u"megan",
        u"cheryl", u"andrea", u"hannah", u"martha", u"jacqueline", u"frances", u"gloria", u"ann", u"teresa",
        u"kathryn", u"sara", u"janice", u"alice", u"madison", u"doris", u"abigail", u"julia",
        u"judy", u"grace", u"denise", u"amber", u"marilyn", u"beverly", u"danielle", u"theresa", u"sophia",
        u"marie", u"diana", u"brittany", u"natalie", u"isabella", u"charlotte", u"rose", u"alexis", u"kayla",
        u"lucy", u"sophie", u"chloe", u"mia", u"ella", u"amelia", u"ava", u"isla", u"freya", u"poppy", u"ruby",
        u"claire", u"fiona", u"siobhan", u"aoife", u"niamh", u"sinead", u"eilidh", u"kirsty", u"rhian",
        u"carmen", u"lucia", u"sofia", u"elena", u"isabel", u"ana", u"paula", u"marta", u"pilar", u"rosa",
        u"francesca", u"giulia", u"chiara", u"valentina", u"alessandra", u"giorgia", u"federica", u"silvia",
        u"camille", u"chantal", u"isabelle", u"nathalie", u"helene", u"sylvie", u"brigitte",
        u"ursula", u"annalena", u"petra", u"sabine", u"monika", u"claudia", u"birgit", u"katrin",
        u"lena", u"anja", u"ingrid", u"astrid", u"karin", u"sigrid", u"greta", u"agnieszka", u"katarzyna",
        u"magdalena", u"olga", u"tatiana", u"natalia", u"svetlana", u"irina", u"yulia", u"ekaterina", u"oksana",
        u"fatima", u"aisha", u"amina", u"leila", u"layla", u"yasmin", u"noor", u"zainab", u"mariam", u"hana",
        u"priya", u"ananya", u"anjali", u"deepa", u"kavita", u"sunita", u"meera", u"lakshmi", u"pooja",
        u"mei", u"li", u"xiu", u"yuki", u"sakura", u"haruka", u"aiko", u"ji-woo", u"seo-yeon", u"amara",
        u"ngozi", u"chiamaka", u"adaeze", u"funmilayo", u"abena", u"akosua", u"wanjiru", u"nomvula", u"thandiwe",
        u"zanele", u"esperanza", u"guadalupe", u"ximena", u"valeria", u"camila", u"daniela", u"gabriela",
        u"mariana", u"beatriz", u"ines", u"helena", u"eva", u"nina", u"maya", u"zoe", u"ellie", u"holly",
        u"jade", u"kate", u"katie", u"jane", u"jenny", u"liz", u"beth", u"meg", u"sue", u"tess",
        u"agnes", u"edith", u"ida", u"vera", u"irene", u"lorena", u"marina", u"mira", u"nadia", u"dalia",
        u"ines", u"johanna", u"hanna", u"ulrike", u"gudrun", u"elke", u"renate", u"heike", u"simone",
        u"elisabeth", u"marianne", u"catalina", u"florencia", u"emilia", u"ewa", u"zofia",
        u"carys", u"cerys", u"sian", u"siân", u"ffion", u"bethan", u"nia", u"eleri", u"catrin", u"gwen", u"rhiannon",
        u"angharad", u"elin", u"seren", u"mairead", u"orla", u"roisin", u"grainne", u"deirdre", u"maeve", u"doreen",
        u"maureen", u"eileen", u"colleen", u"noreen", u"sheila", u"glenda", u"wendy",
        u"ama", u"efua", u"akua", u"adwoa", u"yaa", u"esi", u"afua", u"chioma", u"ifeoma", u"nneka", u"folake",
        u"aminata", u"fatoumata", u"fatimata", u"mariama", u"awa", u"khadija", u"salma", u"samira", u"rania",
        u"rekha", u"asha", u"geeta", u"neha", u"shreya", u"harpreet", u"simran", u"jaspreet",
        u"siti", u"dewi", u"putri", u"ayu", u"wati", u"ling", u"hui",
        u"ji-yeon", u"min-ji", u"soo-jin", u"hye-jin", u"yuna", u"mai", u"linh", u"thi", u"hoa",
        u"ines", u"margarida", u"leonor", u"matilde", u"joana", u"raquel", u"rocio", u"nuria", u"montserrat",
        u"anne-marie", u"marie-claire", u"genevieve", u"josee", u"mireille",
        u"raphaelle", u"anouk", u"femke", u"sanne", u"lotte", u"ingeborg", u"solveig", u"liv",
    });
    if (male.contains(w))
        return Gender::Male;
    if (female.contains(w))
        return Gender::Female;
    return Gender::Unknown;
}

bool isAbbreviation(QStringView w)
{
    static const WordSet set = words({
        u"mr", u"mrs", u"ms", u"dr", u"prof", u"sen", u"rep", u"gov", u"gen", u"col", u"lt", u"maj", u"capt",
        u"sgt", u"st", u"jr", u"sr", u"rev", u"fr", u"no", u"nos", u"vs", u"etc", u"inc", u"ltd", u"co", u"corp",
        u"jan", u"feb", u"mar", u"apr", u"jun", u"jul", u"aug", u"sep", u"sept", u"oct", u"nov", u"dec", u"u.s",
        u"u.k", u"u.n", u"e.g", u"i.e", u"a.m", u"p.m", u"approx", u"dept", u"est", u"cllr", u"supt", u"insp",
        u"det", u"hon", u"mt", u"ft", u"vol", u"pp", u"fig", u"ave", u"blvd",
    });
    return set.contains(w);
}

} // namespace gloss::quotes
