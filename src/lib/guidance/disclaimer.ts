/** Said once, plainly, wherever guidance is shown. */
export const GUIDANCE_DISCLAIMER =
  'This guidance comes from general running advice and is not a diagnosis; see a doctor about anything that worries you.';
