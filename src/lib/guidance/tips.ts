/** Running tips from the source article, for the Advice tab: said once there, in our own words. */
export interface Tip {
  title: string;
  body: string;
}

export const RUNNING_TIPS: readonly Tip[] = [
  {
    title: 'Shoes that suit your back',
    body: 'Well-fitting running shoes can spare your back and help prevent injuries. Ask your doctor or physio which kind suits you, and replace a pair once it is worn out.',
  },
  {
    title: 'Work on your running form',
    body: 'Poor running form is a common cause of back pain. A few sessions with a running coach can spot what to change, and fixing it often eases the pain.',
  },
  {
    title: 'Eat and drink well before a run',
    body: 'Prepare for each run off the track too: eat properly and drink plenty of water beforehand, as well as warming up and rolling on the wheel.',
  },
];
